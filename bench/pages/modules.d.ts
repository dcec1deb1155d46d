declare module '*.css';

declare module 'frappe-gantt' {
  export default class Gantt {
    constructor(wrapper: HTMLElement | string, tasks: object[], options?: Record<string, unknown>);
    update_task(id: string, details: Record<string, unknown>): void;
  }
}
