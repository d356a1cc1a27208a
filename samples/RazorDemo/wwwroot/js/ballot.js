// Keeps a ballot's counter current as the voter ticks projects (or gives points): how many are chosen, their total
// cost against the budget and, for a cumulative round, the points used against the limit. Progressive enhancement:
// the server renders the counter and decides every rule; without this script the form works the same.
(function () {
  document.querySelectorAll('.ballot-fields').forEach(function (fields) {
    const counter = fields.querySelector('.ballot-counter');
    if (!counter) { return; }
    const cumulative = fields.dataset.kind === 'cumulative';
    const min = Number(fields.dataset.min);
    const max = Number(fields.dataset.max);
    const maxPoints = Number(fields.dataset.maxPoints);
    const budget = BigInt(fields.dataset.budget);
    const template = fields.dataset.template;
    const format = new Intl.NumberFormat(fields.dataset.lang === 'fa' ? 'fa-IR' : 'en-US', { useGrouping: true });
    const number = function (value) { return format.format(value); };

    function update() {
      let count = 0;
      let points = 0;
      let cost = 0n; // rials are whole numbers; BigInt keeps large budgets exact
      if (cumulative) {
        fields.querySelectorAll('input.ballot-points').forEach(function (input) {
          const value = Number(input.value);
          if (Number.isInteger(value) && value > 0) {
            count += 1;
            points += value;
            cost += BigInt(input.dataset.cost);
          }
        });
      } else {
        fields.querySelectorAll('input.ballot-choice:checked').forEach(function (input) {
          count += 1;
          cost += BigInt(input.dataset.cost);
        });
      }

      counter.textContent = template
        .replace('{count}', number(count))
        .replace('{cost}', number(cost))
        .replace('{budget}', number(budget))
        .replace('{points}', number(points))
        .replace('{maxPoints}', number(maxPoints));
      const outside = cumulative ? points > maxPoints || count === 0 : count < min || count > max;
      counter.classList.toggle('text-danger', outside);
      counter.dataset.count = String(count);
      counter.dataset.outside = outside ? 'true' : 'false';
    }

    fields.addEventListener('change', update);
    fields.addEventListener('input', update);
    update();
  });
})();
