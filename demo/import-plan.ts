import { PlanError, validatePlan, type Plan } from '../src/index.js';
import { toast } from './toast.js';

const MAX_BYTES = 5 * 1024 * 1024;
const MAX_LISTED_ISSUES = 4;

/** Reads a dropped or picked file as a plan; the error message says what is wrong and where. */
export async function readPlanFile(file: File): Promise<Plan> {
  if (!/\.json$/i.test(file.name) && file.type !== 'application/json') {
    throw new Error(`"${file.name}" is not a JSON file. Export a plan as JSON first, then import that file.`);
  }
  if (file.size > MAX_BYTES)
    throw new Error(`"${file.name}" is ${(file.size / 1048576).toFixed(1)} MB; a plan file is far smaller.`);
  let data: unknown;
  try {
    data = JSON.parse(await file.text());
  } catch (error) {
    throw new Error(`"${file.name}" is not valid JSON: ${(error as Error).message}`, { cause: error });
  }
  try {
    return validatePlan(data);
  } catch (error) {
    if (!(error instanceof PlanError)) throw error;
    const issues = error.issues.slice(0, MAX_LISTED_ISSUES).map((issue) => `• ${issue.path}: ${issue.message}`);
    const more =
      error.issues.length > MAX_LISTED_ISSUES ? `\n…and ${error.issues.length - MAX_LISTED_ISSUES} more` : '';
    throw new Error(
      `"${file.name}" is not a valid plan:\n${issues.length > 0 ? issues.join('\n') : error.message}${more}`,
      { cause: error },
    );
  }
}

/** The Import button (file picker) and dropping a .json file anywhere on the page. */
export function wireImport(options: {
  button: HTMLButtonElement;
  input: HTMLInputElement;
  dropZone: HTMLElement;
  onPlan: (plan: Plan) => Promise<void>;
}): void {
  const { button, input, dropZone, onPlan } = options;
  const accept = async (file: File | undefined): Promise<void> => {
    if (!file) return;
    try {
      await onPlan(await readPlanFile(file));
    } catch (error) {
      toast((error as Error).message, { tone: 'error', title: 'Could not import the plan' });
    }
  };

  button.addEventListener('click', () => input.click());
  input.addEventListener('change', () => {
    void accept(input.files?.[0]);
    input.value = '';
  });

  const carriesFiles = (event: DragEvent): boolean => event.dataTransfer?.types.includes('Files') ?? false;
  let depth = 0; // dragenter/dragleave fire for every child crossed
  document.addEventListener('dragenter', (event) => {
    if (!carriesFiles(event)) return;
    depth += 1;
    dropZone.hidden = false;
  });
  document.addEventListener('dragleave', (event) => {
    if (!carriesFiles(event)) return;
    depth = Math.max(0, depth - 1);
    if (depth === 0) dropZone.hidden = true;
  });
  document.addEventListener('dragover', (event) => {
    if (!carriesFiles(event)) return;
    event.preventDefault();
    event.dataTransfer!.dropEffect = 'copy';
  });
  document.addEventListener('drop', (event) => {
    if (!carriesFiles(event)) return;
    event.preventDefault();
    depth = 0;
    dropZone.hidden = true;
    void accept(event.dataTransfer!.files[0]);
  });
}
