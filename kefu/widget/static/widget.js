/* Kefu buyer widget. Plain JavaScript, no dependencies.
 *
 * Nothing is lost or doubled across reloads and reconnects:
 *  - every message gets a client id before it leaves; it waits in an outbox kept in localStorage
 *    until the server acknowledges it (the server answers only after the message is committed);
 *  - the outbox is re-sent after a failure, a reconnect or a reload; the server stores a client id
 *    once, so a resend whose first attempt did arrive just returns the stored message;
 *  - incoming messages are fetched by "everything after the last id I hold" and drawn once per id.
 * Buyer and agent text is only ever put on the page with textContent.
 */
(function () {
  "use strict";

  var config = JSON.parse(document.getElementById("kw-config").textContent);
  var catalogues = JSON.parse(document.getElementById("kw-i18n").textContent);
  var lang = pickLang(navigator.languages || [navigator.language || ""]);
  var strings = catalogues[lang] || catalogues.en;
  var storeKey = "kefu.widget." + config.shop;

  var log = document.getElementById("kw-log");
  var input = document.getElementById("kw-input");
  var form = document.getElementById("kw-form");
  var fileInput = document.getElementById("kw-file");
  var statusEl = document.getElementById("kw-status");
  var notice = document.getElementById("kw-notice");

  var state = {
    token: null,
    conversationId: null,
    lastId: 0,
    shown: {},        // message id -> element
    shownCids: {},    // client ids of the buyer's messages already on the page
    pending: {},      // client id -> element
    outbox: [],       // [{cid, text}]
    sending: false,
    socket: null,
    retryDelay: 500,
    fetching: null,
    fetchAgain: false
  };

  function t(key, vars) {
    var text = strings[key] || catalogues.en[key] || key;
    Object.keys(vars || {}).forEach(function (name) { text = text.split("{" + name + "}").join(vars[name]); });
    return text;
  }

  function pickLang(list) {
    for (var i = 0; i < list.length; i++) {
      var tag = String(list[i]).toLowerCase();
      if (/^zh-(tw|hk|mo)|^zh-hant/.test(tag)) { return "zh-Hant"; }
      if (/^zh/.test(tag)) { return "zh-Hans"; }
      if (/^es/.test(tag)) { return "es"; }
      if (/^en/.test(tag)) { return "en"; }
    }
    return config.fallbackLang || "en";
  }

  function load() {
    try {
      var saved = JSON.parse(localStorage.getItem(storeKey) || "{}");
      state.token = saved.token || null;
      state.outbox = Array.isArray(saved.outbox) ? saved.outbox : [];
    } catch (e) { state.outbox = []; }
  }

  function save() {
    try {
      localStorage.setItem(storeKey, JSON.stringify({ token: state.token, outbox: state.outbox }));
    } catch (e) { /* private mode: the session still works until the tab closes */ }
  }

  function newClientId() {
    if (window.crypto && crypto.randomUUID) { return "w-" + crypto.randomUUID(); }
    return "w-" + Date.now().toString(36) + "-" + Math.random().toString(36).slice(2, 12);
  }

  function api(method, path, body, isForm) {
    var headers = { "X-Kefu-Buyer": state.token || "" };
    if (body && !isForm) { headers["Content-Type"] = "application/json"; }
    return fetch(path, {
      method: method,
      headers: headers,
      body: body ? (isForm ? body : JSON.stringify(body)) : undefined,
      cache: "no-store"
    }).then(function (response) {
      if (response.status === 204) { return null; }
      return response.json().then(function (data) {
        if (!response.ok) {
          var error = new Error((data && data.error && data.error.message) || response.statusText);
          error.status = response.status;
          throw error;
        }
        return data;
      });
    });
  }

  function setStatus(online) {
    statusEl.dataset.state = online ? "online" : "offline";
    statusEl.textContent = online ? t("online") : "";
    notice.hidden = online;
    if (!online) { notice.textContent = t("offline"); }
  }

  // ---- drawing -------------------------------------------------------------------------

  function bubble(mine) {
    var el = document.createElement("div");
    el.className = "kw-msg " + (mine ? "mine" : "theirs");
    log.appendChild(el);
    log.scrollTop = log.scrollHeight;
    return el;
  }

  function fillBubble(el, message) {
    el.textContent = "";
    if (message.kind === "image" && message.attachments && message.attachments.length) {
      message.attachments.forEach(function (file) {
        if (typeof file.url === "string" && file.url.indexOf("/uploads/") === 0) {
          var img = document.createElement("img");
          img.src = file.url;
          img.alt = file.name || "";
          el.appendChild(img);
        }
      });
    }
    if (message.text) {
      var span = document.createElement("span");
      span.className = "kw-text";
      span.textContent = message.text;
      el.appendChild(span);
    }
  }

  function draw(message) {
    if (state.shown[message.id]) { return; }
    var mine = message.sender === "buyer";
    var el = (message.client_message_id && state.pending[message.client_message_id]) || bubble(mine);
    if (message.client_message_id) { delete state.pending[message.client_message_id]; }
    el.classList.remove("pending", "failed");
    el.dataset.id = String(message.id);
    fillBubble(el, message);
    state.shown[message.id] = el;
    if (message.client_message_id) { state.shownCids[message.client_message_id] = true; }
    if (message.id > state.lastId) { state.lastId = message.id; }
  }

  function drawPending(item) {
    var el = bubble(true);
    el.classList.add("pending");
    el.dataset.cid = item.cid;
    fillBubble(el, { kind: "text", text: item.text });
    var mark = document.createElement("span");
    mark.className = "kw-state";
    mark.textContent = t("sending");
    el.appendChild(mark);
    state.pending[item.cid] = el;
  }

  // ---- sending ---------------------------------------------------------------------------

  function send(text) {
    var item = { cid: newClientId(), text: text };
    state.outbox.push(item);
    save();
    drawPending(item);
    flush();
  }

  function flush() {
    if (state.sending || !state.outbox.length || !state.token) { return; }
    state.sending = true;
    var item = state.outbox[0];
    api("POST", "/api/v1/widget/messages", { client_message_id: item.cid, text: item.text, lang: lang })
      .then(function (result) {
        state.outbox.shift();
        save();
        draw(result.message);
        state.retryDelay = 500;
        state.sending = false;
        if (state.conversationId !== result.conversation_id) {
          state.conversationId = result.conversation_id;
          connect();
        }
        flush();
      })
      .catch(function (error) {
        state.sending = false;
        if (error.status && error.status >= 400 && error.status < 500 && error.status !== 429) {
          // The server refused this message for good (too long, not valid): say so, keep going.
          state.outbox.shift();
          save();
          var el = state.pending[item.cid];
          if (el) { el.classList.add("failed"); el.querySelector(".kw-state").textContent = error.message; }
          flush();
          return;
        }
        setStatus(false);
        setTimeout(flush, nextDelay());
      });
  }

  function nextDelay() {
    var delay = state.retryDelay;
    state.retryDelay = Math.min(state.retryDelay * 2, 4000);
    return delay;
  }

  function sendImage(file) {
    var cid = newClientId();
    var el = bubble(true);
    el.classList.add("pending");
    state.pending[cid] = el;
    var mark = document.createElement("span");
    mark.className = "kw-state";
    mark.textContent = t("sending");
    el.appendChild(mark);
    var attempt = function () {
      var body = new FormData();
      body.append("file", file);
      body.append("client_message_id", cid);
      api("POST", "/api/v1/widget/images", body, true).then(function (result) {
        draw(result.message);
        if (state.conversationId !== result.conversation_id) {
          state.conversationId = result.conversation_id;
          connect();
        }
      }).catch(function (error) {
        if (error.status && error.status < 500) {
          el.classList.add("failed");
          mark.textContent = t("image_too_big", { reason: error.message });
          return;
        }
        setTimeout(attempt, nextDelay());
      });
    };
    attempt();
  }

  // ---- receiving ---------------------------------------------------------------------------

  function fetchNew() {
    if (!state.conversationId) { return Promise.resolve(); }
    if (state.fetching) { state.fetchAgain = true; return state.fetching; }
    var path = "/api/v1/widget/conversations/" + state.conversationId + "/messages?after_id=" + state.lastId;
    state.fetching = api("GET", path).then(function (messages) {
      messages.forEach(draw);
      if (messages.some(function (m) { return m.sender !== "buyer"; })) { markRead(); }
    }).catch(function () { /* the next notice or reconnect fetches again */ })
      .then(function () {
        state.fetching = null;
        if (state.fetchAgain) { state.fetchAgain = false; return fetchNew(); }
      });
    return state.fetching;
  }

  var readUpto = 0;
  function markRead() {
    if (state.lastId <= readUpto || document.hidden) { return; }
    readUpto = state.lastId;
    api("POST", "/api/v1/widget/conversations/" + state.conversationId + "/read?upto_id=" + readUpto)
      .catch(function () { readUpto = 0; });
  }

  function connect() {
    if (!state.conversationId) { return; }
    if (state.socket) { state.socket.onclose = null; state.socket.close(); }
    var scheme = location.protocol === "https:" ? "wss:" : "ws:";
    var url = scheme + "//" + location.host + "/ws/widget?token=" + encodeURIComponent(state.token) +
      "&conversation_id=" + state.conversationId;
    var socket = new WebSocket(url);
    var pinger = null;
    state.socket = socket;
    socket.onmessage = function (event) {
      var data = JSON.parse(event.data);
      if (data.name === "hello") {
        // Subscribed: anything that happened while we were away is in the database now.
        setStatus(true);
        state.retryDelay = 500;
        fetchNew();
        flush();
      } else if (data.name === "message.created") {
        fetchNew();
      }
    };
    socket.onopen = function () {
      pinger = setInterval(function () { if (socket.readyState === 1) { socket.send("ping"); } }, 20000);
    };
    socket.onclose = function (event) {
      clearInterval(pinger);
      if (state.socket !== socket) { return; }
      state.socket = null;
      if (event.code === 4404) { return restart(); }
      setStatus(false);
      setTimeout(connect, nextDelay());
    };
  }

  function restart() {
    // The token no longer opens this conversation (e.g. the data was reset): start a new visit.
    state.token = null;
    state.conversationId = null;
    save();
    start();
  }

  function start() {
    var ready = state.token
      ? api("GET", "/api/v1/widget/conversation").catch(function (error) {
          if (error.status === 401) { state.token = null; return visit(); }
          throw error;
        })
      : visit();
    return ready.then(function (ref) {
      state.conversationId = ref.conversation_id;
      setStatus(true);
      // History first, then what is still waiting in the outbox, so the page keeps the order
      // in which the buyer wrote (an outbox item the server already has is drawn only once).
      return fetchNew().then(function () {
        state.outbox.forEach(function (item) {
          if (!state.shownCids[item.cid] && !state.pending[item.cid]) { drawPending(item); }
        });
        if (state.conversationId) { connect(); }
        flush();
      });
    }).catch(function () {
      setStatus(false);
      setTimeout(start, nextDelay());
    });
  }

  function visit() {
    return api("POST", "/api/v1/widget/shops/" + encodeURIComponent(config.shop) + "/visits", { lang: lang })
      .then(function (result) {
        state.token = result.token;
        save();
        return { conversation_id: result.conversation_id };
      });
  }

  // ---- page ----------------------------------------------------------------------------------

  document.documentElement.lang = lang;
  document.title = t("title", { shop: config.shopName });
  document.getElementById("kw-welcome").textContent = t("welcome");
  document.getElementById("kw-send").textContent = t("send");
  document.getElementById("kw-image-label").title = t("image");
  input.placeholder = t("placeholder");

  form.addEventListener("submit", function (event) {
    event.preventDefault();
    var text = input.value.trim();
    if (!text) { return; }
    input.value = "";
    send(text);
  });
  input.addEventListener("keydown", function (event) {
    if (event.key === "Enter" && !event.shiftKey && !event.isComposing) {
      event.preventDefault();
      form.requestSubmit();
    }
  });
  fileInput.addEventListener("change", function () {
    if (fileInput.files && fileInput.files[0]) { sendImage(fileInput.files[0]); }
    fileInput.value = "";
  });
  window.addEventListener("online", function () { flush(); if (!state.socket) { connect(); } });
  document.addEventListener("visibilitychange", markRead);

  load();
  start();
})();
