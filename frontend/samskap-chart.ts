/*
 * <samskap-chart>: a bar chart drawn by Chart.js, with the same numbers in a table for screen
 * readers. The server sends the data as JSON; labels are only ever used as text.
 */
// Types only, written inline: Vaadin's build reads every "import ... from" line as a module for the first script.
type ChartJs = typeof import('chart.js');
type Chart = import('chart.js').Chart;

// Chart.js is fetched the first time a chart is shown, not with the first page every visitor loads.
let chartJs: Promise<ChartJs> | undefined;

function loadChartJs(): Promise<ChartJs> {
  chartJs ??= import('chart.js').then((m) => {
    m.Chart.register(m.BarController, m.BarElement, m.CategoryScale, m.LinearScale, m.Legend, m.Tooltip);
    return m;
  });
  return chartJs;
}

interface Dataset {
  label: string;
  data: number[];
  color: string;
}

interface ChartData {
  title: string;
  unit: string;
  labels: string[];
  datasets: Dataset[];
  horizontal: boolean;
}

const SAFE_COLOR = /^#[0-9a-fA-F]{3,8}$/;

class SamskapChart extends HTMLElement {
  private chart?: Chart;
  private canvas?: HTMLCanvasElement;
  private table?: HTMLTableElement;
  private shown?: ChartData;

  connectedCallback(): void {
    if (!this.canvas) {
      this.style.display = 'block';
      this.style.position = 'relative';
      this.canvas = document.createElement('canvas');
      this.canvas.setAttribute('role', 'img');
      this.table = document.createElement('table');
      this.table.className = 'samskap-sr-only';
      this.append(this.canvas, this.table);
    }
  }

  setChart(json: string): void {
    this.connectedCallback();
    const d = JSON.parse(json) as ChartData;
    this.canvas!.setAttribute('aria-label', d.title);
    this.renderTable(d);
    this.shown = d;
    void loadChartJs().then((m) => {
      // A newer chart may have arrived while Chart.js loaded: only the latest is drawn.
      if (this.shown === d) {
        this.draw(m, d);
      }
    });
  }

  private draw(m: ChartJs, d: ChartData): void {
    this.chart?.destroy();
    this.chart = new m.Chart(this.canvas!, {
      type: 'bar',
      data: {
        labels: d.labels,
        datasets: d.datasets.map((s) => ({
          label: s.label,
          data: s.data,
          backgroundColor: SAFE_COLOR.test(s.color) ? s.color : '#374151',
        })),
      },
      options: {
        indexAxis: d.horizontal ? 'y' : 'x',
        responsive: true,
        maintainAspectRatio: false,
        animation: false,
        plugins: { legend: { display: d.datasets.length > 1 } },
        scales: { [d.horizontal ? 'x' : 'y']: { title: { display: true, text: d.unit }, beginAtZero: true } },
      },
    });
  }

  private renderTable(d: ChartData): void {
    const table = this.table!;
    table.replaceChildren();
    const caption = document.createElement('caption');
    caption.textContent = d.title + ' (' + d.unit + ')';
    table.append(caption);
    const head = document.createElement('tr');
    head.append(document.createElement('th'));
    for (const s of d.datasets) {
      const th = document.createElement('th');
      th.textContent = s.label;
      head.append(th);
    }
    table.append(head);
    d.labels.forEach((label, i) => {
      const row = document.createElement('tr');
      const th = document.createElement('th');
      th.textContent = label;
      row.append(th);
      for (const s of d.datasets) {
        const td = document.createElement('td');
        td.textContent = String(s.data[i]);
        row.append(td);
      }
      table.append(row);
    });
  }
}

if (!customElements.get('samskap-chart')) {
  customElements.define('samskap-chart', SamskapChart);
}
