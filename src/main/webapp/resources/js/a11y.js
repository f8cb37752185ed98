/*
 * Accessibility repairs of PrimeFaces markup, on every page and after every AJAX update.
 * p:messages writes <ul><li role="alert">: a list whose items are not list items for assistive
 * technology (axe "list"). The message container already is a live region, so the items lose the
 * role and stay list items.
 * p:chart draws on a canvas with role="img" and no name (axe "role-img-alt"): it is named after the
 * heading above it.
 * A table wider than its card scrolls; keyboard users must be able to reach it (axe
 * "scrollable-region-focusable").
 */
(function () {
  function repair(root) {
    var items = (root || document).querySelectorAll('.ui-messages ul > li[role="alert"]');
    for (var i = 0; i < items.length; i++) {
      items[i].removeAttribute('role');
    }
    var charts = (root || document).querySelectorAll('canvas[role="img"]:not([aria-label])');
    for (var j = 0; j < charts.length; j++) {
      var box = charts[j].closest('section, .card, div');
      var heading = null;
      while (box && !heading) {
        heading = box.querySelector('h2, h3');
        box = box.parentElement;
      }
      if (heading) {
        charts[j].setAttribute('aria-label', heading.textContent.trim());
      }
    }
    // p:fileUpload shows a progress bar per file while it uploads, without a name (axe
    // "aria-progressbar-name"): it is named after what it measures.
    var bars = (root || document).querySelectorAll('.ui-progressbar[role="progressbar"]:not([aria-label])');
    for (var b = 0; b < bars.length; b++) {
      bars[b].setAttribute('aria-label',
        document.documentElement.lang === 'en' ? 'Upload progress' : 'Voortgang van de upload');
    }
    var wrappers = (root || document).querySelectorAll('.ui-datatable-tablewrapper:not([tabindex])');
    for (var k = 0; k < wrappers.length; k++) {
      if (wrappers[k].scrollWidth > wrappers[k].clientWidth) {
        wrappers[k].setAttribute('tabindex', '0');
      }
    }
  }
  document.addEventListener('DOMContentLoaded', function () { repair(document); });
  window.addEventListener('load', function () { setTimeout(function () { repair(document); }, 0); });
  if (window.jQuery) {
    window.jQuery(document).on('pfAjaxComplete', function () { repair(document); });
  }
  // Widgets that add markup without an AJAX request (the upload's file rows) are repaired as they appear.
  if (window.MutationObserver) {
    var pending = false;
    new MutationObserver(function () {
      if (!pending) {
        pending = true;
        window.requestAnimationFrame(function () { pending = false; repair(document); });
      }
    }).observe(document.documentElement, { childList: true, subtree: true });
  }
})();

/*
 * A form that an action opens or fills further down (or up) the page gets the user's attention:
 * it scrolls into view and its first field takes the focus, so the button does not look dead and
 * keyboard and screen-reader users land where the work continues. Buttons call it in oncomplete.
 */
window.CrtA11y = {
  reveal: function (id) {
    var target = document.getElementById(id);
    if (!target) {
      return;
    }
    var field = target.matches('input, textarea, select, button, [tabindex]')
      ? target
      : target.querySelector('input:not([type=hidden]), textarea, select, [tabindex="0"]');
    target.scrollIntoView({ block: 'center' });
    if (field) {
      field.focus({ preventScroll: true });
    }
  }
};

