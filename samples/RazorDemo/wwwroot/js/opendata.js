// Draws the participation chart of /OpenData from the JSON the page embeds; the table beside it holds the same figures.
(function () {
  const data = JSON.parse(document.getElementById('demographics-data').textContent);
  const canvas = document.getElementById('chart-demographics');
  Chart.defaults.font.family = "'Vazirmatn', system-ui, sans-serif";
  new Chart(canvas, {
    type: 'bar',
    data: {
      labels: data.labels,
      datasets: [
        { label: data.womenLabel, data: data.women, backgroundColor: '#6f42c1' },
        { label: data.menLabel, data: data.men, backgroundColor: '#198754' }
      ]
    },
    options: {
      animation: false,
      responsive: true,
      maintainAspectRatio: false,
      locale: data.rtl ? 'fa-IR' : 'en-GB',
      plugins: { legend: { rtl: data.rtl, position: 'bottom' } },
      scales: { x: { reverse: data.rtl }, y: { position: data.rtl ? 'right' : 'left', beginAtZero: true } }
    }
  });
  canvas.dataset.rendered = 'true';
})();
