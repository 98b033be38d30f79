/* The conversation view: live messages, sending (text, image, note), inline guard findings,
 * quick replies, assignment, stage and status. Message text is only set with textContent. */
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("wb-conv-data").textContent);
  var t = Kefu.strings;
  var base = "/api/v1/conversations/" + data.id;
  var list = document.getElementById("wb-messages");
  var input = document.getElementById("wb-input");
  var form = document.getElementById("wb-composer");
  var noteBox = document.getElementById("wb-note");
  var errorEl = document.getElementById("wb-send-error");
  var guardEl = document.getElementById("wb-guard");
  var quick = document.getElementById("wb-quick");
  var quickQ = document.getElementById("wb-quick-q");
  var quickList = document.getElementById("wb-quick-list");
  var quickPreview = document.getElementById("wb-quick-preview");
  var lastId = data.lastId || 0;
  var shown = {};
  var pending = {};
  list.querySelectorAll("[data-id]").forEach(function (el) { shown[el.dataset.id] = el; });

  function scrollDown() { list.scrollTop = list.scrollHeight; }

  function who(message) {
    if (message.sender_kind === "buyer") { return document.querySelector(".wb-chat-head h1").textContent; }
    if (message.sender_kind === "agent") { return data.agentNames[String(message.sender_user_id)] || t.agent; }
    return t[message.sender_kind] || message.sender_kind;
  }

  function fill(el, message) {
    el.textContent = "";
    el.className = "wb-msg from-" + message.sender_kind + (message.internal ? " note" : "");
    var name = document.createElement("span");
    name.className = "wb-who";
    name.textContent = (message.internal ? t.note_label + " · " : "") + who(message);
    el.appendChild(name);
    var time = document.createElement("time");
    time.dateTime = message.created_at;
    time.textContent = new Date(message.created_at).toLocaleString();
    el.appendChild(time);
    (message.attachments || []).forEach(function (file) {
      if (typeof file.url === "string" && file.url.indexOf("/uploads/") === 0) {
        var img = document.createElement("img");
        img.src = file.url;
        img.alt = file.name || "";
        el.appendChild(img);
      }
    });
    if (message.text) {
      var text = document.createElement("div");
      text.className = "wb-text";
      text.textContent = message.text;
      el.appendChild(text);
    }
    if (message.meta && message.meta.guard) {
      var flag = document.createElement("div");
      flag.className = "wb-flag";
      flag.textContent = "⚠ " + t.guard_title;
      el.appendChild(flag);
    }
    // The bot's hand-off note: its drafted replies, one click away from the composer.
    var drafts = message.internal && message.meta && message.meta.bot && message.meta.bot.drafts;
    if (drafts && drafts.length) {
      var ol = document.createElement("ol");
      ol.className = "wb-drafts";
      ol.setAttribute("aria-label", t.bot_drafts);
      drafts.forEach(function (d) {
        var li = document.createElement("li");
        li.className = "wb-draft";
        li.tabIndex = 0;
        li.textContent = d.text;
        ol.appendChild(li);
      });
      el.appendChild(ol);
    }
  }

  list.addEventListener("click", function (e) {
    var draft = e.target.closest && e.target.closest(".wb-draft");
    if (!draft) { return; }
    input.value = draft.textContent;
    noteBox.checked = false;
    input.focus();
  });

  function draw(message) {
    if (shown[message.id]) { return; }
    var el = (message.client_message_id && pending[message.client_message_id]) || document.createElement("li");
    if (message.client_message_id) { delete pending[message.client_message_id]; }
    fill(el, message);
    el.dataset.id = String(message.id);
    if (!el.parentNode) { list.appendChild(el); }
    shown[message.id] = el;
    if (message.id > lastId) { lastId = message.id; }
    scrollDown();
  }

  var fetching = false;
  var fetchAgain = false;
  function fetchNew() {
    if (fetching) { fetchAgain = true; return; }
    fetching = true;
    Kefu.api("GET", base + "/messages?after_id=" + lastId).then(function (messages) {
      messages.forEach(draw);
      // Only a buyer's message changes what the agent has left unread.
      if (messages.some(function (m) { return m.sender_kind === "buyer"; })) { markRead(); }
    }).catch(function () {}).then(function () {
      fetching = false;
      if (fetchAgain) { fetchAgain = false; fetchNew(); }
    });
  }

  var readUpto = 0;
  function markRead() {
    if (lastId <= readUpto || document.hidden) { return; }
    readUpto = lastId;
    Kefu.api("POST", base + "/read?upto_id=" + readUpto).catch(function () { readUpto = 0; });
  }

  function refreshHeader() {
    Kefu.api("GET", base).then(function (conv) {
      var status = document.getElementById("wb-conv-status");
      status.dataset.status = conv.status;
      status.textContent = t[conv.status] || conv.status;
      document.getElementById("wb-resolve").hidden = conv.status === "resolved";
      document.getElementById("wb-reopen").hidden = conv.status !== "resolved";
      document.getElementById("wb-assignee").value = conv.assignee_id ? String(conv.assignee_id) : "";
      document.getElementById("wb-stage").value = conv.stage;
      document.getElementById("wb-conv-lang").textContent = conv.language || t.unknown;
    }).catch(function () {});
  }

  Kefu.onEvent(function (event) {
    var payload = event.payload || {};
    if (payload.conversation_id !== data.id) { return; }
    if (event.name === "message.created") { fetchNew(); }
    if (event.name === "conversation.updated") { refreshHeader(); }
  });
  Kefu.onReconnect(fetchNew);

  // ---- sending ---------------------------------------------------------------------------

  function newClientId() {
    return "a-" + (window.crypto && crypto.randomUUID ? crypto.randomUUID() : Date.now() + "-" + Math.random().toString(36).slice(2));
  }

  function send(text, internal, override) {
    var cid = newClientId();
    var el = document.createElement("li");
    el.className = "wb-msg pending" + (internal ? " note" : "");
    el.dataset.cid = cid;
    var body = document.createElement("div");
    body.className = "wb-text";
    body.textContent = text;
    el.appendChild(body);
    list.appendChild(el);
    pending[cid] = el;
    scrollDown();
    errorEl.textContent = "";
    Kefu.api("POST", base + "/messages", { text: text, internal: internal, client_message_id: cid, guard_override: !!override })
      .then(draw)
      .catch(function (error) {
        delete pending[cid];
        el.remove();
        input.value = text;
        errorEl.textContent = t.send_failed + " " + error.message;
        if (error.body && error.body.error && error.body.error.code === "guard_blocked") {
          showFindings((error.body.error.details && error.body.error.details.findings) || error.body.error.details || [], true);
        }
      });
  }

  form.addEventListener("submit", function (event) {
    event.preventDefault();
    var text = input.value.trim();
    if (!text) { return; }
    input.value = "";
    guardEl.hidden = true;
    send(text, noteBox.checked, false);
  });

  input.addEventListener("keydown", function (event) {
    if (event.key === "Enter" && !event.shiftKey && !event.isComposing) {
      event.preventDefault();
      form.requestSubmit();
    } else if ((event.ctrlKey || event.metaKey) && event.key === "/") {
      event.preventDefault();
      openQuick("");
    }
  });

  document.getElementById("wb-file").addEventListener("change", function (event) {
    var file = event.target.files && event.target.files[0];
    event.target.value = "";
    if (!file) { return; }
    var formData = new FormData();
    formData.append("file", file);
    formData.append("client_message_id", newClientId());
    errorEl.textContent = "";
    Kefu.api("POST", base + "/images", formData, true).then(draw).catch(function (error) {
      errorEl.textContent = t.send_failed + " " + error.message;
    });
  });

  // ---- guard while typing ------------------------------------------------------------------

  function showFindings(findings, blocked) {
    guardEl.textContent = "";
    if (!findings || !findings.length) { guardEl.hidden = true; return; }
    var title = document.createElement("b");
    title.textContent = blocked ? t.guard_blocked : t.guard_title;
    guardEl.appendChild(title);
    var ul = document.createElement("ul");
    findings.forEach(function (finding) {
      var li = document.createElement("li");
      li.className = "sev-" + (finding.severity || "warn");
      li.textContent = (finding.reason || finding.category || "") + (finding.suggestion ? " → " + finding.suggestion : "");
      ul.appendChild(li);
    });
    guardEl.appendChild(ul);
    guardEl.hidden = false;
  }

  var guardTimer = null;
  var guardSeq = 0;
  input.addEventListener("input", function () {
    var text = input.value;
    if (/^\/\S*$/.test(text)) { openQuick(text); }
    clearTimeout(guardTimer);
    if (!text.trim() || noteBox.checked) { guardEl.hidden = true; return; }
    guardTimer = setTimeout(function () {
      var seq = ++guardSeq;
      Kefu.api("POST", "/api/v1/guard/check", {
        text: text, direction: "out", platform: data.platform, lang: data.lang,
        agent_lang: document.documentElement.lang === "en" ? "en" : "zh-Hans"
      }).then(function (result) {
        if (seq === guardSeq) { showFindings(result.findings, false); }
      }).catch(function () { /* the server checks again when the reply is sent */ });
    }, 350);
  });

  // ---- quick replies -----------------------------------------------------------------------

  var quickItems = [];
  var quickIndex = 0;
  var quickTimer = null;
  var chosenText = null;

  function openQuick(q) {
    quick.hidden = false;
    quickQ.value = q;
    quickQ.focus();
    searchQuick();
  }

  function closeQuick() {
    quick.hidden = true;
    input.focus();
  }

  function searchQuick() {
    clearTimeout(quickTimer);
    quickTimer = setTimeout(function () {
      var q = quickQ.value.trim();
      if (!q) { q = "/"; }
      Kefu.api("GET", "/api/v1/replies/search?limit=12&shop_id=" + data.shopId + "&q=" + encodeURIComponent(q) +
        (data.lang ? "&lang=" + encodeURIComponent(data.lang) : ""))
        .then(function (items) { quickItems = items; quickIndex = 0; renderQuick(); })
        .catch(function (error) {
          quickList.textContent = "";
          var li = document.createElement("li");
          li.textContent = error.status === 404 ? t.qr_unavailable : (error.status === 422 ? t.qr_none : error.message);
          quickList.appendChild(li);
        });
    }, 150);
  }

  function renderQuick() {
    quickList.textContent = "";
    quickPreview.textContent = "";
    chosenText = null;
    if (!quickItems.length) {
      var none = document.createElement("li");
      none.textContent = t.qr_none;
      quickList.appendChild(none);
      return;
    }
    quickItems.forEach(function (item, index) {
      var li = document.createElement("li");
      li.className = index === quickIndex ? "active" : "";
      li.textContent = (item.shortcut ? item.shortcut + " · " : "") + item.title;
      li.addEventListener("click", function () { quickIndex = index; renderQuick(); insertQuick(); });
      quickList.appendChild(li);
    });
    previewQuick(quickItems[quickIndex]);
  }

  function previewQuick(item) {
    Kefu.api("POST", "/api/v1/replies/" + item.id + "/preview", { variables: data.variables, lang: item.lang })
      .then(function (result) {
        quickPreview.textContent = "";
        if (result.text) {
          chosenText = result.text;
          quickPreview.textContent = result.text;
        } else {
          chosenText = item.text;
          var p = document.createElement("p");
          p.textContent = t.qr_missing + " " + result.missing.join(", ");
          quickPreview.appendChild(p);
          var raw = document.createElement("pre");
          raw.textContent = item.text;
          quickPreview.appendChild(raw);
        }
      }).catch(function () { chosenText = item.text; quickPreview.textContent = item.text; });
  }

  function insertQuick() {
    if (chosenText === null) { return; }
    input.value = chosenText;
    closeQuick();
    input.dispatchEvent(new Event("input"));
  }

  document.getElementById("wb-quick-open").addEventListener("click", function () { openQuick(""); });
  quickQ.addEventListener("input", searchQuick);
  quickQ.addEventListener("keydown", function (event) {
    if (event.key === "Escape") { event.preventDefault(); closeQuick(); }
    else if (event.key === "ArrowDown" && quickItems.length) { event.preventDefault(); quickIndex = (quickIndex + 1) % quickItems.length; renderQuick(); }
    else if (event.key === "ArrowUp" && quickItems.length) { event.preventDefault(); quickIndex = (quickIndex + quickItems.length - 1) % quickItems.length; renderQuick(); }
    else if (event.key === "Enter") { event.preventDefault(); insertQuick(); }
  });

  // ---- assignment, stage, status --------------------------------------------------------

  function patch(body) {
    errorEl.textContent = "";
    return Kefu.api("PATCH", base, body).then(refreshHeader).catch(function (error) { errorEl.textContent = error.message; });
  }
  document.getElementById("wb-assignee").addEventListener("change", function (event) {
    var value = event.target.value;
    patch(value ? { assignee_id: Number(value) } : { unassign: true });
  });
  document.getElementById("wb-stage").addEventListener("change", function (event) { patch({ stage: event.target.value }); });
  document.getElementById("wb-resolve").addEventListener("click", function () { patch({ status: "resolved" }); });
  document.getElementById("wb-reopen").addEventListener("click", function () { patch({ status: "open" }); });
  document.addEventListener("visibilitychange", markRead);

  scrollDown();
  markRead();
})();
