// Live preview (served by LivePreview only, never part of build/site): reloads the page when its file is written
// again and shows the last build error over the page, as text.
(function () {
  'use strict';
  var page = location.pathname;
  var seen = null;

  function showError(message) {
    var box = document.getElementById('previa-erro');
    if (!message) {
      if (box) { box.remove(); }
      return;
    }
    if (!box) {
      box = document.createElement('pre');
      box.id = 'previa-erro';
      box.setAttribute('role', 'alert');
      box.style.cssText = 'position:fixed;left:0;right:0;bottom:0;max-height:50vh;overflow:auto;margin:0;padding:1em;'
        + 'background:#fff0f0;color:#8b0000;border-top:3px solid #8b0000;font:13px/1.4 monospace;white-space:pre-wrap;z-index:2147483647';
      document.body.appendChild(box);
    }
    box.textContent = 'Erro no build (a prévia continua ativa; corrija e salve):\n\n' + message;
  }

  function poll() {
    fetch('/__preview/estado?pagina=' + encodeURIComponent(page), { cache: 'no-store' })
      .then(function (response) { return response.json(); })
      .then(function (state) {
        if (seen !== null && state.page > 0 && state.page !== seen) {
          location.reload();
          return;
        }
        if (state.page > 0) { seen = state.page; }
        showError(state.error);
      })
      .catch(function () { /* the preview restarts or the file is being written: ask again */ })
      .finally(function () { setTimeout(poll, 1000); });
  }

  poll();
})();
