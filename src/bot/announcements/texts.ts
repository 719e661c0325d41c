import type { Lang } from '../locale';

/** The words of the announcement cards, Dutch (B1) first and English second. */
interface AnnouncementTexts {
  label: string;
  reminderLabel: string;
  previewLabel: string;
  imageAlt: string;
  acknowledge: string;
  ask: string;
  reminderAsk: string;
  previewAsk: string;
  /** `{{DATE(…)}}` and `{{TIME(…)}}` are filled in by Teams, in the reader's own time zone. */
  acknowledged: (date: string, time: string) => string;
  /** A press on the button of an announcement that was retracted or deleted. */
  gone: string;
  /** The answer to a press in a channel from a client without `Action.Execute`: the shared card stays as it is. */
  acknowledgedReply: string;
  progress: {
    heading: Record<'sending' | 'sent' | 'cancelled' | 'retracted', string>;
    summary: Record<'sending' | 'sent' | 'cancelled' | 'retracted', string>;
    recipients: string;
    sent: string;
    failed: string;
    pending: string;
    failuresTitle: string;
  };
}

export const ANNOUNCEMENT_TEXTS: Record<Lang, AnnouncementTexts> = {
  nl: {
    label: 'Aankondiging',
    reminderLabel: 'Herinnering',
    previewLabel: 'Voorbeeld: zo zien ontvangers deze aankondiging',
    imageAlt: 'Afbeelding bij de aankondiging',
    acknowledge: 'Gelezen en begrepen',
    ask: "Laat weten dat je dit hebt gelezen: klik op 'Gelezen en begrepen'.",
    reminderAsk:
      "Je hebt nog niet laten weten dat je dit hebt gelezen. Wil je op 'Gelezen en begrepen' klikken?",
    previewAsk: "Ontvangers zien hier de knop 'Gelezen en begrepen'.",
    acknowledged: (date, time) => `✓ Gelezen en begrepen op ${date} om ${time}.`,
    gone: 'Deze aankondiging is ingetrokken of bestaat niet meer. Je hoeft niets te doen.',
    acknowledgedReply: '✓ Je hebt laten weten dat je de aankondiging hebt gelezen en begrepen. Dank je.',
    progress: {
      heading: {
        sending: 'Je aankondiging wordt verstuurd',
        sent: 'Je aankondiging is verstuurd',
        cancelled: 'Het versturen is gestopt',
        retracted: 'Je aankondiging is ingetrokken',
      },
      summary: {
        sending:
          'Voordeur stuurt de berichten zo snel als Teams toelaat. Deze kaart wordt bijgewerkt als het klaar is.',
        sent: 'Alle berichten zijn verstuurd of opgegeven. Per persoon zie je het in het tabblad Beheer.',
        cancelled: 'Wat nog niet was verstuurd, gaat niet meer weg. Wat al was verstuurd, blijft staan.',
        retracted: 'De verstuurde berichten worden uit Teams verwijderd.',
      },
      recipients: 'Ontvangers',
      sent: 'Verstuurd',
      failed: 'Mislukt',
      pending: 'Nog te versturen',
      failuresTitle: 'Waarom berichten niet aankwamen',
    },
  },
  en: {
    label: 'Announcement',
    reminderLabel: 'Reminder',
    previewLabel: 'Preview: this is how recipients see this announcement',
    imageAlt: 'Image of the announcement',
    acknowledge: 'Read and understood',
    ask: "Let us know you have read this: select 'Read and understood'.",
    reminderAsk:
      "You have not let us know yet that you have read this. Would you select 'Read and understood'?",
    previewAsk: "Recipients see the 'Read and understood' button here.",
    acknowledged: (date, time) => `✓ Read and understood on ${date} at ${time}.`,
    gone: 'This announcement was retracted or no longer exists. You need not do anything.',
    acknowledgedReply: '✓ You have let us know that you read and understood the announcement. Thank you.',
    progress: {
      heading: {
        sending: 'Your announcement is being sent',
        sent: 'Your announcement has been sent',
        cancelled: 'Sending was stopped',
        retracted: 'Your announcement was retracted',
      },
      summary: {
        sending: 'Voordeur sends the messages as fast as Teams allows. This card is updated when it is done.',
        sent: 'Every message was sent or given up on. The Beheer tab shows each person.',
        cancelled: 'What was not sent yet will not go out. What was sent stays.',
        retracted: 'The messages that were sent are being removed from Teams.',
      },
      recipients: 'Recipients',
      sent: 'Sent',
      failed: 'Failed',
      pending: 'Still to send',
      failuresTitle: 'Why messages did not arrive',
    },
  },
};
