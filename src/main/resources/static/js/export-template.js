// 受注CSV出力項目設定: add, remove and reorder column rows, fill the header from the chosen field, and keep the
// header line preview in step (same quoting and formula rules as the server's TemplateLabelWriter).
(function () {
  const table = document.getElementById('columns');
  if (!table) return;
  const body = table.querySelector('tbody');
  const rowTemplate = document.getElementById('column-row-template');
  const preview = document.getElementById('header-preview');
  const quoting = document.getElementById('quoting');
  const formulaStart = '=+-@\t\r＝＋－＠';

  function rows() {
    return Array.from(body.querySelectorAll('tr.column-row'));
  }

  function safe(value) {
    if (value === '' || formulaStart.indexOf(value.charAt(0)) < 0 || /^-[0-9]+(\.[0-9]+)?$/.test(value)) return value;
    return "'" + value;
  }

  function quoted(value, first) {
    const all = quoting && quoting.value === 'ALL';
    const needs = all || (value === '' ? first
        : /[",\r\n]/.test(value) || value.charAt(0) <= '#' || value.charAt(value.length - 1) <= ' ');
    return needs ? '"' + value.replace(/"/g, '""') + '"' : value;
  }

  function updatePreview() {
    rows().forEach((tr, i) => { tr.querySelector('.col-no').textContent = String(i + 1); });
    if (!preview) return;
    preview.textContent = rows()
        .map(tr => safe(tr.querySelector('input.header').value.trim()))
        .map((value, i) => quoted(value, i === 0))
        .join(',');
  }

  function showFixed(tr) {
    const fixed = tr.querySelector('select.source').value === 'FIXED';
    const cell = tr.querySelector('.fixed-value-cell');
    if (fixed) cell.removeAttribute('data-inactive'); else cell.setAttribute('data-inactive', '');
  }

  body.addEventListener('click', event => {
    const button = event.target.closest('button');
    if (!button) return;
    const tr = button.closest('tr.column-row');
    if (button.classList.contains('remove-row')) {
      tr.remove();
    } else if (button.classList.contains('move-up') && tr.previousElementSibling) {
      body.insertBefore(tr, tr.previousElementSibling);
    } else if (button.classList.contains('move-down') && tr.nextElementSibling) {
      body.insertBefore(tr.nextElementSibling, tr);
    }
    updatePreview();
  });

  body.addEventListener('input', event => {
    if (event.target.matches('input.header')) updatePreview();
  });

  body.addEventListener('change', event => {
    if (!event.target.matches('select.source')) return;
    const select = event.target;
    const tr = select.closest('tr.column-row');
    const header = tr.querySelector('input.header');
    if (header.value.trim() === '' && select.value !== '' && select.value !== 'FIXED') {
      header.value = select.options[select.selectedIndex].text;
    }
    showFixed(tr);
    updatePreview();
  });

  document.getElementById('add-column').addEventListener('click', () => {
    const tr = rowTemplate.content.firstElementChild.cloneNode(true);
    body.appendChild(tr);
    showFixed(tr);
    updatePreview();
    tr.querySelector('select.source').focus();
  });

  if (quoting) quoting.addEventListener('change', updatePreview);

  const deleteForm = document.getElementById('delete-form');
  if (deleteForm) {
    deleteForm.addEventListener('submit', event => {
      if (!window.confirm('このテンプレートを削除します。よろしいですか?')) event.preventDefault();
    });
  }

  rows().forEach(showFixed);
  updatePreview();
})();
