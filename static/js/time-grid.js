// Live update of the scheduling form's time-zone grid. Without JavaScript the "Preview"
// button does the same on the server.
(function () {
  "use strict";
  var form = document.querySelector("form[data-grid-url]");
  if (!form) { return; }
  var names = ["day", "start_time", "end_time", "timezone", "invited_cities"];
  var timer = null;

  function refresh() {
    var params = new URLSearchParams();
    names.forEach(function (name) {
      form.querySelectorAll('[name="' + name + '"]').forEach(function (input) {
        if ((input.type === "checkbox" || input.type === "radio") && !input.checked) { return; }
        params.append(name, input.value);
      });
    });
    fetch(form.dataset.gridUrl + "?" + params.toString(), { credentials: "same-origin" })
      .then(function (response) { return response.ok ? response.text() : null; })
      .then(function (html) {
        var grid = document.getElementById("time-grid");
        if (html && grid) { grid.outerHTML = html; }
      })
      .catch(function () {});
  }

  form.addEventListener("input", function (event) {
    if (names.indexOf(event.target.name) === -1) { return; }
    window.clearTimeout(timer);
    timer = window.setTimeout(refresh, 300);
  });
  form.addEventListener("change", function (event) {
    if (names.indexOf(event.target.name) === -1) { return; }
    window.clearTimeout(timer);
    timer = window.setTimeout(refresh, 100);
  });
})();
