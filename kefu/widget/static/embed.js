/* Kefu chat widget loader. Paste into the shop's site:
 *   <script src="https://YOUR-KEFU-HOST/widget.js" data-shop="your-shop-slug" async></script>
 * It adds a button that opens the shop's chat page in an iframe served by Kefu itself, so the
 * chat never shares the shop page's scripts or cookies. */
(function () {
  "use strict";
  var script = document.currentScript;
  if (!script) { return; }
  var shop = script.getAttribute("data-shop");
  if (!shop) { return; }
  var origin = new URL(script.src, document.baseURI).origin;
  var label = script.getAttribute("data-label") || "💬";
  var button = document.createElement("button");
  button.type = "button";
  button.textContent = label;
  button.setAttribute("aria-label", "chat");
  button.style.cssText = "position:fixed;right:20px;bottom:20px;z-index:2147483000;width:56px;height:56px;border-radius:28px;border:0;background:#e8542f;color:#fff;font-size:24px;cursor:pointer;box-shadow:0 2px 8px rgba(0,0,0,.25)";
  var frame = null;
  button.addEventListener("click", function () {
    if (!frame) {
      frame = document.createElement("iframe");
      frame.src = origin + "/widget/" + encodeURIComponent(shop) + "?embed=1";
      frame.title = "chat";
      frame.style.cssText = "position:fixed;right:20px;bottom:86px;z-index:2147483000;width:360px;max-width:calc(100vw - 40px);height:520px;max-height:calc(100vh - 110px);border:0;border-radius:12px;box-shadow:0 4px 16px rgba(0,0,0,.25);background:#fff";
      document.body.appendChild(frame);
    } else {
      frame.style.display = frame.style.display === "none" ? "block" : "none";
    }
  });
  document.body.appendChild(button);
})();
