from celery import shared_task

from .services import comment_digests_send
from .suggestions import suggestions_rebuild, suggestions_refresh


@shared_task(name="partnerships.comment_digests_send")
def comment_digests_send_task() -> int:
    return comment_digests_send()


@shared_task(name="partnerships.suggestions_refresh")
def suggestions_refresh_task(city_ids: list[int], proposal_ids: list[int] = ()) -> int:
    return suggestions_refresh(changed=city_ids, proposals=proposal_ids)


@shared_task(name="partnerships.suggestions_rebuild")
def suggestions_rebuild_task() -> int:
    return suggestions_rebuild()
