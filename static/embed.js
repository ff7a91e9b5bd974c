/*
 * Embeds the furlough and jobs-at-risk calculator in a page:
 *
 *   <script src="https://CALCULATOR/embed.js" data-preset="cjrs-nov-2020"
 *           data-accent="#1d70b8" async></script>
 *
 * It adds an iframe after the script tag. The calculator inside runs in the visitor's browser;
 * nothing they type reaches the host page. The only message that crosses is the calculator's
 * height, which it sends to this page's origin alone; this script accepts it only from the
 * calculator's origin and window, and only in the expected shape.
 */
(function () {
  'use strict';
  var script = document.currentScript;
  if (!script || !script.src) return;
  var calculator = new URL('.', script.src);
  var HEIGHT_MESSAGE = 'furlough-calculator:height';

  var segments = ['estimate', 'embed', 'host=' + encodeURIComponent(window.location.origin)];
  var preset = script.getAttribute('data-preset');
  if (preset && /^[a-z0-9-]{1,40}$/.test(preset)) segments.push('preset=' + preset);
  var accent = script.getAttribute('data-accent');
  if (accent && /^#?[0-9a-fA-F]{6}$/.test(accent)) segments.push('accent=' + accent.replace('#', ''));

  var frame = document.createElement('iframe');
  // embed.html: the firm estimate alone, a much smaller download than the full calculator.
  frame.src = calculator.href + 'embed.html#' + segments.join('/');
  frame.title = script.getAttribute('data-title') || 'Furlough and jobs-at-risk calculator';
  frame.setAttribute('loading', 'lazy');
  frame.style.width = '100%';
  frame.style.border = '0';
  frame.style.height = '900px';
  script.parentNode.insertBefore(frame, script.nextSibling);

  window.addEventListener('message', function (event) {
    if (event.origin !== calculator.origin || event.source !== frame.contentWindow) return;
    var data = event.data;
    if (!data || typeof data !== 'object' || data.type !== HEIGHT_MESSAGE) return;
    var height = data.height;
    if (typeof height !== 'number' || !isFinite(height)) return;
    frame.style.height = Math.round(Math.min(Math.max(height, 200), 20000)) + 'px';
  });
})();
