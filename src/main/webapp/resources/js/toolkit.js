/* Autocomplete for the toolkit search: titles from /api/toolkit/suggest fill the datalist. */
(function () {
  'use strict';
  function init() {
    var input = document.getElementById('q');
    var list = document.getElementById('q-suggestions');
    if (!input || !list) {
      return;
    }
    var timer = null;
    var last = '';
    input.addEventListener('input', function () {
      var typed = input.value.trim();
      window.clearTimeout(timer);
      if (typed.length < 2 || typed === last) {
        return;
      }
      timer = window.setTimeout(function () {
        last = typed;
        fetch(input.getAttribute('data-suggest') + '?q=' + encodeURIComponent(typed), {
          headers: { Accept: 'application/json' }
        })
          .then(function (r) {
            return r.ok ? r.json() : [];
          })
          .then(function (titles) {
            list.textContent = '';
            titles.forEach(function (title) {
              var option = document.createElement('option');
              option.value = title;
              list.appendChild(option);
            });
          })
          .catch(function () {
            /* Suggestions are a help, never a requirement. */
          });
      }, 120);
    });
  }
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', init);
  } else {
    init();
  }
})();
