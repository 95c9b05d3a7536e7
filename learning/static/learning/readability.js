// The readability aid follows the text while the editor types: after a pause the texts of
// the measured fields go to the server (learning/readability_view.py), which answers with
// the same result the panel shows after saving. Without this script the panel shows the
// last saved version.
(function () {
  "use strict";
  var PAUSE_MS = 600;

  function start(panel) {
    var form = panel.closest("form");
    var result = panel.querySelector("[data-readability-result]");
    var note = panel.querySelector("[data-readability-note]");
    var names = panel.dataset.readabilityFields.split(",");
    var timer = null;
    var running = null;
    if (!form || !result) return;

    function fieldValue(name) {
      var field = form.elements.namedItem(name);
      return field && "value" in field ? field.value : "";
    }

    function check() {
      var body = new FormData();
      var token = form.elements.namedItem("csrfmiddlewaretoken");
      body.append("csrfmiddlewaretoken", token ? token.value : "");
      names.forEach(function (name) { body.append("text", fieldValue(name)); });
      if (running) running.abort();
      running = new AbortController();
      fetch(panel.dataset.readabilityUrl, {
        method: "POST", body: body, credentials: "same-origin", signal: running.signal,
      })
        .then(function (response) { return response.ok ? response.text() : null; })
        .then(function (html) {
          if (html === null) return; // keep what is shown; saving still updates it
          result.innerHTML = html; // our own template, escaped by Django
          if (note) note.textContent = panel.dataset.readabilityLiveNote;
        })
        .catch(function () {});
    }

    form.addEventListener("input", function (event) {
      if (names.indexOf(event.target.name) === -1) return;
      clearTimeout(timer);
      timer = setTimeout(check, PAUSE_MS);
    });
  }

  function init() {
    document.querySelectorAll("[data-readability]").forEach(start);
  }
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", init);
  } else {
    init();
  }
})();
