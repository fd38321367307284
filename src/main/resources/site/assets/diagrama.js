/* Zoom and pan on the diagram pages (svg-pan-zoom, bundled), without turning a drag into a click on an element. */
(function () {
  'use strict';
  var frames = document.querySelectorAll('[data-pan-zoom]');
  Array.prototype.forEach.call(frames, function (frame) {
    var svg = frame.querySelector('svg');
    if (!svg || typeof window.svgPanZoom !== 'function') {
      return;
    }
    window.svgPanZoom(svg, {
      controlIconsEnabled: true,
      fit: true,
      center: true,
      minZoom: 0.5,
      maxZoom: 20,
      zoomScaleSensitivity: 0.3
    });
    var start = null;
    frame.addEventListener('mousedown', function (event) {
      start = { x: event.clientX, y: event.clientY };
    }, true);
    frame.addEventListener('click', function (event) {
      if (start && Math.abs(event.clientX - start.x) + Math.abs(event.clientY - start.y) > 6) {
        event.preventDefault();
        event.stopPropagation();
      }
      start = null;
    }, true);
  });
})();
