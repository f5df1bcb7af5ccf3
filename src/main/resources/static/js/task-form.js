// Shows and hides task form fields while the operator fills the form, with the same simple conditions the server
// evaluates (conditional.hide: a field of this form compared with null, true, false or a string). The server
// decides again on submit; conditions on process variables that are not inputs of the form stay as rendered.
(function () {
  const form = document.getElementById('task-form');
  if (!form) return;
  const conditional = Array.from(form.querySelectorAll('[data-hide-var]'));

  function valueOf(name) {
    const inputs = Array.from(form.querySelectorAll('[name="' + name + '"]'));
    if (inputs.length === 0) return undefined;
    const first = inputs[0];
    if (first.type === 'checkbox') return first.checked;
    if (first.type === 'radio') {
      const checked = inputs.find(i => i.checked);
      return checked ? checked.value : null;
    }
    return first.value === '' ? null : first.value;
  }

  function literal(field) {
    switch (field.dataset.hideKind) {
      case 'null': return null;
      case 'boolean': return field.dataset.hideValue === 'true';
      default: return field.dataset.hideValue;
    }
  }

  function update() {
    for (const field of conditional) {
      const value = valueOf(field.dataset.hideVar);
      if (value === undefined) continue;
      const equal = value === literal(field);
      field.hidden = (field.dataset.hideNegated === 'true') !== equal;
    }
  }

  form.addEventListener('change', update);
  form.addEventListener('input', update);
})();
