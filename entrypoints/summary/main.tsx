import { render } from 'preact';
import { takePrintJob } from '../../platform/print';
import '../../components/panel.css';

/** The summary opened from the side panel's Print button, with the print dialog on top. */
function Summary({ text }: { text: string | null }) {
  if (text === null) {
    return (
      <main class="panel summary-page">
        <h1>Nothing to print</h1>
        <p>This summary was printed already, or the browser was closed since. Choose Print in the side panel again.</p>
      </main>
    );
  }
  return (
    <main class="panel summary-page">
      <div class="form-actions no-print">
        <button type="button" onClick={() => print()}>
          Print
        </button>
        <button type="button" class="secondary" onClick={() => close()}>
          Close
        </button>
      </div>
      <h1 class="visually-hidden">Case summary</h1>
      <pre class="print-summary">{text}</pre>
    </main>
  );
}

const root = document.getElementById('app');
void takePrintJob().then((text) => {
  if (!root) return;
  render(<Summary text={text} />, root);
  if (text !== null) print();
});
