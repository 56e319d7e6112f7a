// Table names and sizes the helpdesk's migrations share, so a rename is made in one place.
export const TICKETS = 'tickets';
export const TICKET_NOTES = 'ticket_notes';
export const AUDIT_PREFIX = 'audited_';

export enum Tables {
  SlaPolicies = 'sla_policies',
  Escalations = 'escalations',
  TicketLinks = 'ticket_links',
}

export enum Lengths {
  Code = 32,
  Title = 200,
}
