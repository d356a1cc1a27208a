// Boxes wider than the screen (.table-responsive, .scroll-region) scroll inside themselves. When one does, the
// keyboard can reach it (tabindex), a screen reader names it (role and aria-label) and a line under it says that it
// scrolls; the hint's text is the page's language, from <html data-scroll-hint>.
(function () {
  'use strict';
  var hint = document.documentElement.getAttribute('data-scroll-hint') || '';

  function nameOf(box) {
    var caption = box.querySelector('caption');
    var table = box.querySelector('table[aria-label]');
    var named = caption ? caption.textContent : table ? table.getAttribute('aria-label') : '';
    return (named ? named.trim() + ' — ' : '') + hint;
  }

  function mark() {
    var boxes = document.querySelectorAll('.table-responsive, .scroll-region');
    for (var i = 0; i < boxes.length; i++) {
      var box = boxes[i];
      var scrolls = box.scrollWidth > box.clientWidth + 1;
      box.classList.toggle('is-scrollable', scrolls);
      if (!scrolls) {
        continue;
      }

      if (!box.hasAttribute('tabindex')) {
        box.setAttribute('tabindex', '0');
      }

      if (!box.hasAttribute('role')) {
        box.setAttribute('role', 'region');
      }

      if (!box.hasAttribute('aria-label') && !box.hasAttribute('aria-labelledby')) {
        box.setAttribute('aria-label', nameOf(box));
      }

      var next = box.nextElementSibling;
      if (!(next && next.classList.contains('scroll-hint'))) {
        var line = document.createElement('p');
        line.className = 'scroll-hint';
        line.setAttribute('aria-hidden', 'true');
        line.textContent = hint;
        box.insertAdjacentElement('afterend', line);
      }
    }
  }

  // A table a page did not wrap gets the wrapper, so that on a phone it scrolls inside its box, not the whole page.
  function wrapTables() {
    var tables = document.querySelectorAll('main table');
    for (var i = 0; i < tables.length; i++) {
      var table = tables[i];
      if (table.closest('.table-responsive, .scroll-region')) {
        continue;
      }

      var box = document.createElement('div');
      box.className = 'table-responsive';
      table.parentNode.insertBefore(box, table);
      box.appendChild(table);
    }
  }

  wrapTables();
  mark();
  window.addEventListener('resize', mark);
})();
