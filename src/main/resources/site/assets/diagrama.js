/*
 * Diagram pages: the drawing opens at a legible size (its smallest text at 11 px or more, never narrower than the
 * frame) and the frame scrolls; the page keeps the wheel and one-finger swipes, so zoom is Ctrl/⌘ + wheel, the
 * buttons or the keys + − 0 with the frame in focus. Tooltips (hover and focus) give description and technology.
 */
(function () {
  'use strict';
  var MIN_TEXT_PX = 11.25; // a hair above 11 px, so rounding never paints 10.99
  var STEP = 1.25;

  function smallestFont(svg) {
    var smallest = Infinity;
    Array.prototype.forEach.call(svg.querySelectorAll('text'), function (text) {
      var size = parseFloat(text.getAttribute('font-size') || window.getComputedStyle(text).fontSize);
      if (size > 0 && size < smallest) { smallest = size; }
    });
    return smallest === Infinity ? 12 : smallest;
  }

  function setUp(figure) {
    var frame = figure.querySelector('[data-quadro]');
    var svg = frame && frame.querySelector('svg');
    if (!svg || !svg.viewBox || !svg.viewBox.baseVal || !svg.viewBox.baseVal.width) { return; }
    var box = svg.viewBox.baseVal;
    var smallest = smallestFont(svg);
    var zoom = 1;

    function legibleWidth() {
      return Math.max(frame.clientWidth, box.width * MIN_TEXT_PX / smallest);
    }
    function apply() {
      var width = legibleWidth() * zoom;
      svg.style.width = width + 'px';
      svg.style.height = (width * box.height / box.width) + 'px';
    }
    function zoomBy(factor) {
      var centreX = (frame.scrollLeft + frame.clientWidth / 2) / frame.scrollWidth;
      var centreY = (frame.scrollTop + frame.clientHeight / 2) / Math.max(frame.scrollHeight, 1);
      // Below the legible size only while the whole drawing is not yet in view; never below 11 px text.
      zoom = Math.min(8, Math.max(1, zoom * factor));
      apply();
      frame.scrollLeft = centreX * frame.scrollWidth - frame.clientWidth / 2;
      frame.scrollTop = centreY * frame.scrollHeight - frame.clientHeight / 2;
    }
    function reset() { zoom = 1; apply(); }

    apply();
    // Wider than the frame: open on the centre of the drawing, where a flow's middle steps are.
    frame.scrollLeft = (frame.scrollWidth - frame.clientWidth) / 2;
    window.addEventListener('resize', apply);
    figure.querySelectorAll('[data-zoom]').forEach(function (button) {
      button.addEventListener('click', function () {
        var action = button.getAttribute('data-zoom');
        if (action === 'in') { zoomBy(STEP); } else if (action === 'out') { zoomBy(1 / STEP); } else { reset(); }
      });
    });
    frame.addEventListener('keydown', function (event) {
      if (event.ctrlKey || event.metaKey || event.altKey) { return; }
      if (event.key === '+' || event.key === '=') { zoomBy(STEP); } else if (event.key === '-' || event.key === '−') { zoomBy(1 / STEP); } else if (event.key === '0') { reset(); } else { return; }
      event.preventDefault();
    });
    frame.addEventListener('wheel', function (event) {
      if (!(event.ctrlKey || event.metaKey)) { return; } // the page scrolls
      event.preventDefault();
      zoomBy(event.deltaY < 0 ? STEP : 1 / STEP);
    }, { passive: false });

    var fullScreen = figure.querySelector('[data-tela-cheia]');
    if (fullScreen && figure.requestFullscreen) {
      fullScreen.addEventListener('click', function () {
        if (document.fullscreenElement === figure) { document.exitFullscreen(); } else { figure.requestFullscreen(); }
      });
      document.addEventListener('fullscreenchange', function () {
        fullScreen.setAttribute('aria-pressed', document.fullscreenElement === figure ? 'true' : 'false');
        apply();
      });
    } else if (fullScreen) {
      fullScreen.hidden = true;
    }
    tooltips(figure, frame);
  }

  /** Description and technology of each element, from the page's element list (same hrefs as the drawing's links). */
  function tooltips(figure, frame) {
    var tip = figure.querySelector('[data-dica]');
    var details = {};
    document.querySelectorAll('[data-elementos] a').forEach(function (link) {
      details[link.getAttribute('href')] = link;
    });
    function show(event) {
      var anchor = event.target.closest && event.target.closest('a.elemento');
      if (!anchor || !tip) { return; }
      var source = details[anchor.getAttribute('href')];
      if (!source) { return; }
      tip.textContent = '';
      var name = document.createElement('strong');
      name.textContent = source.textContent;
      tip.appendChild(name);
      [source.getAttribute('data-tecnologia'), source.getAttribute('data-descricao')].forEach(function (text) {
        if (text) { var line = document.createElement('span'); line.textContent = text; tip.appendChild(line); }
      });
      var figureBox = figure.getBoundingClientRect();
      var box = anchor.getBoundingClientRect();
      tip.hidden = false;
      var left = Math.min(Math.max(box.left - figureBox.left, 0), Math.max(figure.clientWidth - tip.offsetWidth, 0));
      tip.style.left = left + 'px';
      tip.style.top = (box.bottom - figureBox.top + 6) + 'px';
    }
    function hide() { if (tip) { tip.hidden = true; } }
    frame.addEventListener('mouseover', show);
    frame.addEventListener('focusin', show);
    frame.addEventListener('mouseout', function (event) {
      if (!event.relatedTarget || !event.relatedTarget.closest || !event.relatedTarget.closest('a.elemento')) { hide(); }
    });
    frame.addEventListener('focusout', hide);
    document.addEventListener('keydown', function (event) { if (event.key === 'Escape') { hide(); } });
  }

  document.querySelectorAll('[data-diagrama]').forEach(setUp);
})();
