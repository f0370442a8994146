/** The service name, as shown in the header and at the end of every page title. */
export const SERVICE_NAME = 'HealthTech Ideas Hub';

export function pageTitle(title: string): string {
  return `${title} – ${SERVICE_NAME}`;
}
