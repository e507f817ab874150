/** A pokja meeting (rembuk). Notes are collaborative text held by the CRDT layer. */
export interface Meeting {
  id: string;
  title: string;
  /** YYYY-MM-DD, the meeting's local date */
  date: string;
  place: string;
  createdAt: string;
}

export type MeetingFields = Pick<Meeting, "title" | "date" | "place">;
