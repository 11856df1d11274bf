// Small progressive enhancements; every page works without them.
(function () {
  "use strict";

  var wide = window.matchMedia("(min-width: 60rem)");

  // What is folded on a phone (the menu, a list's map and filters) is shown on a wide
  // screen by ::details-content; browsers without it get the <details> opened instead.
  if (!(window.CSS && CSS.supports && CSS.supports("selector(::details-content)"))) {
    var unfold = function () {
      if (wide.matches) {
        document.querySelectorAll(".site-menu, .collapse-narrow").forEach(function (details) {
          details.open = true;
        });
      }
    };
    unfold();
    wide.addEventListener("change", unfold);
  }

  // The header menu on a phone: Escape closes it and gives the focus back to its button.
  var menu = document.querySelector(".site-menu");
  if (menu) {
    document.addEventListener("keydown", function (event) {
      if (event.key === "Escape" && menu.open && !wide.matches) {
        menu.open = false;
        menu.querySelector("summary").focus();
      }
    });
  }

  // The error summary: a link moves the focus to its field and shows the field's label
  // (or the question of a group) above it, and opens the folded group it is in.
  document.querySelectorAll(".error-summary a[href^='#']").forEach(function (link) {
    link.addEventListener("click", function (event) {
      var field = document.getElementById(link.getAttribute("href").slice(1));
      if (!field) { return; }
      event.preventDefault();
      for (var parent = field.parentElement; parent; parent = parent.parentElement) {
        if (parent.tagName === "DETAILS") { parent.open = true; }
      }
      var legend = field.closest("fieldset") && field.closest("fieldset").querySelector("legend");
      var label = document.querySelector("label[for='" + field.id + "']") || legend || field;
      label.scrollIntoView();
      field.focus({ preventScroll: true });
    });
  });

  // "Add a need", "Add an agenda item": a new empty row without a save. Without
  // JavaScript the empty row at the end of each list adds one per save.
  document.querySelectorAll("button[data-add-row]").forEach(function (button) {
    var prefix = button.dataset.addRow;
    var total = document.getElementById("id_" + prefix + "-TOTAL_FORMS");
    var rows = document.getElementById(prefix + "-rows");
    var empty = document.getElementById(prefix + "-empty");
    if (!total || !rows || !empty) { return; }
    button.closest(".with-script").hidden = false;
    var hint = button.closest(".formset").querySelector(".without-script");
    if (hint) { hint.hidden = true; }
    var full = function () { return Number(total.value) >= Number(button.dataset.max); };
    button.disabled = full();
    button.addEventListener("click", function () {
      if (full()) { return; }
      var index = total.value;
      var row = document.createElement("div");
      row.innerHTML = empty.innerHTML.replace(/__prefix__/g, index);
      var fieldset = row.firstElementChild;
      rows.appendChild(fieldset);
      total.value = Number(index) + 1;
      button.disabled = full();
      var first = fieldset.querySelector("input:not([type=hidden]), select, textarea");
      if (first) { first.focus(); }
    });
  });

  // A chooser's search field (a long list: documents, cities): Enter searches that list.
  document.addEventListener("keydown", function (event) {
    if (event.key !== "Enter" || !event.target.matches(".chooser-search input")) { return; }
    event.preventDefault();
    event.target.parentNode.querySelector("button").click();
  });

  // Short lists of checkboxes (cities, organisations): a box above that filters them as one types.
  document.querySelectorAll(".searchable-choices").forEach(function (box, index) {
    var list = box.querySelector("ul");
    if (list.children.length <= 8) { return; }  // a short list is read at a glance
    var input = document.createElement("input");
    input.type = "search";
    input.className = "choices-filter";
    input.id = "choices-filter-" + index;
    input.setAttribute("aria-controls", list.id);
    var label = document.createElement("label");
    label.htmlFor = input.id;
    label.className = "visually-hidden";
    label.textContent = box.dataset.filterLabel;
    input.placeholder = box.dataset.filterLabel;
    box.insertBefore(input, list);
    box.insertBefore(label, input);
    input.addEventListener("input", function () {
      var words = input.value.toLocaleLowerCase().trim();
      list.querySelectorAll("li").forEach(function (item) {
        item.hidden = words !== "" && item.textContent.toLocaleLowerCase().indexOf(words) === -1;
      });
    });
    // Enter in the filter box must not submit the whole form
    input.addEventListener("keydown", function (event) {
      if (event.key === "Enter") { event.preventDefault(); }
    });
  });
})();
