/* The conversation's case panel: a "case" button on every buyer message (also on messages that
 * arrive live) opens the small form with the type and reason prefilled; submitting it is the
 * second click. Message text is copied with textContent / value only. */
(function () {
  "use strict";
  var form = document.getElementById("wb-case-open");
  var list = document.getElementById("wb-messages");
  if (!form || !list) { return; }
  var t = Kefu.strings;
  var prefill = JSON.parse(document.getElementById("wb-case-prefill").textContent || "{}");
  var typeSel = document.getElementById("wb-case-type");
  var reasonSel = document.getElementById("wb-case-reason");
  var messageInput = document.getElementById("wb-case-message");
  var quote = document.getElementById("wb-case-quote");
  var description = document.getElementById("wb-case-description");
  var defaults = { type: typeSel.value, reason: reasonSel.value };

  function open(item) {
    var id = item.dataset.id;
    var guess = prefill[id] || defaults;
    messageInput.value = id;
    typeSel.value = guess.type;
    reasonSel.value = guess.reason;
    var text = item.querySelector(".wb-text");
    quote.textContent = text ? text.textContent : "";
    description.value = text ? text.textContent.slice(0, 4000) : "";
    form.hidden = false;
    form.scrollIntoView({ block: "nearest" });
    document.getElementById("wb-case-submit").focus();
  }

  function decorate(item) {
    if (!item.classList.contains("from-buyer") || item.classList.contains("note")) { return; }
    if (!item.dataset.id || item.querySelector(".wb-case-action")) { return; }
    var button = document.createElement("button");
    button.type = "button";
    button.className = "wb-case-action";
    button.textContent = t.case_action;
    button.title = t.case_open_title;
    button.addEventListener("click", function () { open(item); });
    item.appendChild(button);
  }

  list.querySelectorAll("li.wb-msg").forEach(decorate);
  new MutationObserver(function () { list.querySelectorAll("li.wb-msg").forEach(decorate); })
    .observe(list, { childList: true, subtree: true, attributes: true, attributeFilter: ["data-id"] });
  document.getElementById("wb-case-cancel").addEventListener("click", function () { form.hidden = true; });
})();
