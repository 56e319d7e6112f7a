// Table names the app's entities and migrations share.
export const TICKETS = "tickets";

export enum Tables {
    Watchers = "ticket_watchers",
    Notifications = "notifications",
}
