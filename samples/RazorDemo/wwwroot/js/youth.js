// Draws the youth-mayor campaign's charts from the JSON the page embeds; marks each canvas when it has drawn.
(function () {
  const source = document.getElementById('youth-data');
  if (!source) { return; }
  const data = JSON.parse(source.textContent);
  Chart.defaults.font.family = "'Vazirmatn', system-ui, sans-serif";
  const rtl = data.rtl;
  const palette = ['#6c757d', '#20c997', '#198754', '#0d6efd', '#dc3545', '#6f42c1'];

  function draw(id, config) {
    const canvas = document.getElementById(id);
    if (!canvas) { return; }
    config.options = Object.assign({ animation: false, responsive: true, locale: rtl ? 'fa-IR' : 'en-GB' }, config.options || {});
    config.options.plugins = Object.assign({ legend: { display: false } }, config.options.plugins || {});
    new Chart(canvas, config);
    canvas.dataset.rendered = 'true';
  }

  draw('chart-funnel', {
    type: 'bar',
    data: { labels: data.funnel.labels, datasets: [{ label: data.funnel.label, data: data.funnel.data, backgroundColor: palette }] },
    options: { indexAxis: 'y', scales: { x: { reverse: rtl }, y: { position: rtl ? 'right' : 'left' } } }
  });
  draw('chart-fields', {
    type: 'bar',
    data: { labels: data.fields.labels, datasets: [{ label: data.fields.label, data: data.fields.data, backgroundColor: '#198754' }] },
    options: { scales: { x: { reverse: rtl }, y: { position: rtl ? 'right' : 'left' } } }
  });
})();
