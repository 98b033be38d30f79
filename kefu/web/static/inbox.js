/* The inbox: re-fetch the conversation list (server-rendered fragment) when an event arrives. */
(function () {
  "use strict";
  var rows = document.getElementById("wb-rows");
  var form = document.getElementById("wb-filters");
  var loading = false;
  var again = false;

  function query() {
    var params = new URLSearchParams(new FormData(form));
    params.delete("csrf_token");
    return params.toString();
  }

  function refresh() {
    if (loading) { again = true; return; }
    loading = true;
    fetch("/inbox/rows?" + query(), { credentials: "same-origin", cache: "no-store" })
      .then(function (response) { return response.ok ? response.text() : null; })
      .then(function (html) {
        if (html !== null) {
          // Server-rendered with autoescaping: the fragment holds no unescaped buyer text.
          rows.innerHTML = html;
          Kefu.tickWaits();
        }
      })
      .catch(function () {})
      .then(function () {
        loading = false;
        if (again) { again = false; refresh(); }
      });
  }

  Kefu.onEvent(function (event) {
    if (/^(message|conversation)\./.test(event.name)) { refresh(); }
  });
  Kefu.onReconnect(refresh);
  if (!window.htmx) {
    // Without htmx (node_modules not installed) the filter form falls back to a full page load.
    form.addEventListener("change", function () { form.submit(); });
  }
  Kefu.setWarnSeconds(Number(rows.dataset.warnSeconds || 180));
})();
