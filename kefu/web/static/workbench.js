/* Shared by every workbench page: CSRF-aware fetch, the agent WebSocket with reconnect, presence,
 * UI language, and the waiting-time clocks. Text from buyers is only set with textContent. */
(function () {
  "use strict";
  var csrf = document.querySelector('meta[name="csrf-token"]').content;
  var strings = JSON.parse(document.getElementById("wb-strings").textContent);
  var listeners = [];
  var reconnectListeners = [];

  function api(method, path, body, isForm) {
    var headers = { "X-CSRF-Token": csrf };
    if (body && !isForm) { headers["Content-Type"] = "application/json"; }
    return fetch(path, {
      method: method,
      headers: headers,
      credentials: "same-origin",
      cache: "no-store",
      body: body ? (isForm ? body : JSON.stringify(body)) : undefined
    }).then(function (response) {
      if (response.status === 401) { location.href = "/login?next=" + encodeURIComponent(location.pathname); }
      if (response.status === 204) { return null; }
      return response.json().then(function (data) {
        if (!response.ok) {
          var error = new Error((data && data.error && data.error.message) || response.statusText);
          error.status = response.status;
          error.body = data;
          throw error;
        }
        return data;
      });
    });
  }

  var live = document.getElementById("wb-live");
  var delay = 500;
  function connect() {
    var scheme = location.protocol === "https:" ? "wss:" : "ws:";
    var socket = new WebSocket(scheme + "//" + location.host + "/ws/agent");
    var pinger = null;
    socket.onopen = function () {
      pinger = setInterval(function () { if (socket.readyState === 1) { socket.send("ping"); } }, 20000);
    };
    socket.onmessage = function (event) {
      var data = JSON.parse(event.data);
      if (data.name === "hello") {
        live.dataset.state = "live";
        live.textContent = strings.live;
        delay = 500;
        // Subscribed again: catch up on whatever happened while the socket was down.
        reconnectListeners.forEach(function (fn) { fn(); });
        return;
      }
      if (data.name === "pong") { return; }
      listeners.forEach(function (fn) { fn(data); });
    };
    socket.onclose = function (event) {
      clearInterval(pinger);
      live.dataset.state = "offline";
      live.textContent = strings.reconnecting;
      if (event.code === 4401) { location.href = "/login"; return; }
      setTimeout(connect, delay);
      delay = Math.min(delay * 2, 5000);
    };
  }

  function formatWait(seconds) {
    if (seconds < 60) { return seconds + "s"; }
    if (seconds < 3600) { return Math.floor(seconds / 60) + "m" + (seconds % 60 ? " " + (seconds % 60) + "s" : ""); }
    return Math.floor(seconds / 3600) + "h " + Math.floor((seconds % 3600) / 60) + "m";
  }

  var warnSeconds = Number((document.getElementById("wb-rows") || document.body).dataset.warnSeconds || 180);
  function tickWaits() {
    var now = Date.now();
    document.querySelectorAll("[data-waiting-since]").forEach(function (el) {
      var since = Date.parse(el.dataset.waitingSince);
      if (isNaN(since)) { return; }
      var seconds = Math.max(0, Math.round((now - since) / 1000));
      el.textContent = strings.waiting_for + " " + formatWait(seconds);
      var late = seconds > warnSeconds;
      el.classList.toggle("late", late);
      var row = el.closest(".wb-row");
      if (row) { row.classList.toggle("late", late); }
    });
  }

  document.getElementById("wb-presence").addEventListener("change", function (event) {
    api("PUT", "/api/v1/auth/me/presence", { presence: event.target.value });
  });
  document.getElementById("wb-lang").addEventListener("change", function (event) {
    api("PUT", "/api/v1/auth/me/preferences", { ui_lang: event.target.value }).then(function () { location.reload(); });
  });

  window.Kefu = {
    api: api,
    csrf: csrf,
    strings: strings,
    onEvent: function (fn) { listeners.push(fn); },
    onReconnect: function (fn) { reconnectListeners.push(fn); },
    tickWaits: tickWaits,
    setWarnSeconds: function (value) { warnSeconds = value; }
  };
  tickWaits();
  setInterval(tickWaits, 1000);
  connect();
})();
