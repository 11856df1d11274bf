"""The secretariat's workspace is for admins only; everyone else is refused (403, or the
login page when signed out)."""

import rules

from cities.rules import is_admin

rules.add_perm("secretariat.use_workspace", is_admin)
