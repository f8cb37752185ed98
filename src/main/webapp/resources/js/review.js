/*
 * The review page's text view: turns a selection into offsets of the extracted text (each text
 * element carries data-start), fills the remark form, and links highlights with remark cards.
 */
var CrtReview = (function () {
  'use strict';

  function byId(id) {
    return document.getElementById(id);
  }

  function segments(view) {
    return Array.prototype.slice.call(view.querySelectorAll('.tv-seg'));
  }

  /** Characters of the segment's text before the boundary (node, offset). */
  function offsetWithin(seg, node, offset) {
    var range = document.createRange();
    range.setStart(seg, 0);
    range.setEnd(node, offset);
    return range.toString().length;
  }

  function onSelection() {
    var view = byId('text-view');
    var form = byId('remark-form');
    if (!view || !form || view.getAttribute('data-write') !== 'true') {
      return;
    }
    var selection = window.getSelection();
    if (!selection || selection.rangeCount === 0 || selection.isCollapsed) {
      return;
    }
    var range = selection.getRangeAt(0);
    if (!view.contains(range.commonAncestorContainer)) {
      return;
    }
    var hit = segments(view).filter(function (seg) {
      return range.intersectsNode(seg);
    });
    if (hit.length === 0) {
      return;
    }
    var first = hit[0];
    var last = hit[hit.length - 1];
    var firstStart = parseInt(first.getAttribute('data-start'), 10);
    var lastStart = parseInt(last.getAttribute('data-start'), 10);
    var start = first.contains(range.startContainer)
      ? firstStart + offsetWithin(first, range.startContainer, range.startOffset)
      : firstStart;
    var end = last.contains(range.endContainer)
      ? lastStart + offsetWithin(last, range.endContainer, range.endOffset)
      : lastStart + last.textContent.length;
    if (end <= start) {
      return;
    }
    // The selected text as the server will see it: the segments' own text, nothing in between.
    var text = hit
      .map(function (seg) {
        var s = parseInt(seg.getAttribute('data-start'), 10);
        var from = Math.max(0, start - s);
        var to = Math.min(seg.textContent.length, end - s);
        return seg.textContent.substring(from, to);
      })
      .join(' ');
    setSelection(start, end, text);
  }

  function setSelection(start, end, text) {
    byId('remark-form:sel-start').value = start === null ? '' : start;
    byId('remark-form:sel-end').value = end === null ? '' : end;
    byId('remark-form:sel-text').value = text || '';
    var preview = byId('selection-preview');
    var clear = byId('clear-selection');
    if (start === null) {
      preview.textContent = preview.getAttribute('data-empty');
      preview.classList.add('empty');
      clear.hidden = true;
    } else {
      var shown = text.length > 200 ? text.substring(0, 197) + '\u2026' : text;
      preview.textContent = preview.getAttribute('data-label') + ' \u201c' + shown + '\u201d';
      preview.classList.remove('empty');
      clear.hidden = false;
      var body = byId('remark-form:body');
      if (body) {
        body.focus({ preventScroll: true });
      }
    }
  }

  function flash(el) {
    el.classList.add('flash');
    el.scrollIntoView({ behavior: 'smooth', block: 'center' });
    window.setTimeout(function () {
      el.classList.remove('flash');
    }, 1600);
  }

  function onClick(event) {
    var mark = event.target.closest ? event.target.closest('mark.hl') : null;
    if (mark) {
      var card = byId('remark-' + mark.getAttribute('data-remark'));
      if (card) {
        flash(card);
      }
      return;
    }
    var quote = event.target.closest ? event.target.closest('blockquote.quote') : null;
    if (quote) {
      var target = document.querySelector('mark.hl[data-remark="' + quote.getAttribute('data-target') + '"]');
      if (target) {
        var tabs = PrimeFaces.widgets && Object.values(PrimeFaces.widgets).find(function (w) {
          return w && w.jq && w.jq.hasClass && w.jq.hasClass('ui-tabs') && w.jq.attr('id') === 'views';
        });
        if (tabs && tabs.select) {
          tabs.select(0);
        }
        flash(target);
      }
      return;
    }
    if (event.target.id === 'clear-selection') {
      setSelection(null, null, null);
      window.getSelection().removeAllRanges();
    }
  }

  /*
   * Keyboard: the text view is one tab stop; the arrow keys move through its passages (each gets
   * the focus, so a screen reader reads it) and Enter takes the passage as the remark's selection.
   */
  function onViewKey(event) {
    var view = byId('text-view');
    if (!view || !view.contains(event.target) || view.getAttribute('data-write') !== 'true') {
      return;
    }
    var all = segments(view);
    if (all.length === 0) {
      return;
    }
    var at = all.indexOf(event.target);
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp' || event.key === 'Home' || event.key === 'End') {
      var next;
      if (event.key === 'Home') {
        next = 0;
      } else if (event.key === 'End') {
        next = all.length - 1;
      } else if (at < 0) {
        next = 0;
      } else {
        next = Math.max(0, Math.min(all.length - 1, at + (event.key === 'ArrowDown' ? 1 : -1)));
      }
      all[next].setAttribute('tabindex', '-1');
      all[next].focus();
      event.preventDefault();
    } else if (event.key === 'Enter' && at >= 0) {
      var seg = all[at];
      var start = parseInt(seg.getAttribute('data-start'), 10);
      setSelection(start, start + seg.textContent.length, seg.textContent);
      event.preventDefault();
    }
  }

  function init() {
    var view = byId('text-view');
    if (view && view.getAttribute('data-write') === 'true') {
      view.setAttribute('tabindex', '0');
    }
    document.addEventListener('keydown', onViewKey);
    document.addEventListener('mouseup', function () {
      window.setTimeout(onSelection, 0);
    });
    document.addEventListener('keyup', function (event) {
      if (event.shiftKey) {
        onSelection();
      }
    });
    document.addEventListener('click', onClick);
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', init);
  } else {
    init();
  }

  return {
    afterUpdate: function () {
      var view = byId('text-view');
      if (view && view.getAttribute('data-write') === 'true') {
        view.setAttribute('tabindex', '0');
      }
      var start = byId('remark-form:sel-start');
      if (start && !start.value) {
        setSelection(null, null, null);
      }
    },
    select: setSelection
  };
})();
