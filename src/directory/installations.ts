/** Where a conversation with the bot lives in Teams. */
export type InstallationScope = 'personal' | 'groupChat' | 'team';

/**
 * The addresses needed to reach a conversation later (a Bot Framework conversation reference).
 * @remarks Ids and addresses only: never the text of a message.
 */
export interface ConversationAddress {
  channelId: string;
  serviceUrl: string;
  conversation: { id: string; tenantId?: string; conversationType?: string; isGroup?: boolean };
  bot: { id: string; name?: string };
  user?: { id: string; aadObjectId?: string; name?: string };
  locale?: string;
}

export interface Installation {
  conversationId: string;
  scope: InstallationScope;
  tenantId?: string;
  teamId?: string;
  /** For a personal chat: whose chat it is. */
  aadObjectId?: string;
  serviceUrl: string;
  address: ConversationAddress;
  installedAt: Date;
  updatedAt: Date;
  uninstalledAt?: Date;
  goneAt?: Date;
  goneReason?: string;
}

export interface RecordConversation {
  conversationId: string;
  scope: InstallationScope;
  tenantId?: string;
  teamId?: string;
  /**
   * The team's name, when the activity carries it.
   * @remarks Teams names the team only in conversation updates (install, members added, renamed), not in
   * messages: a record without a name keeps the name stored before.
   */
  teamName?: string;
  aadObjectId?: string;
  address: ConversationAddress;
  at: Date;
  /**
   * `install`: the app was (re)installed here, which clears an earlier uninstall or gone flag.
   * `activity`: any other incoming activity, which refreshes the stored address.
   */
  event: 'install' | 'activity';
}

/** Stored conversations the bot can reach proactively. */
export interface InstallationRepository {
  /** Stores or refreshes a conversation's address. */
  record(input: RecordConversation): Promise<void>;
  markUninstalled(conversationId: string, at: Date): Promise<void>;
  /** Flags a conversation that Teams reports as gone (403, 404), so that delivery stops sending there. */
  markGone(conversationId: string, reason: string, at: Date): Promise<void>;
  get(conversationId: string): Promise<Installation | undefined>;
  /** The personal chat with a person, when the app is installed for them and the chat is reachable. */
  findPersonalChat(aadObjectId: string): Promise<Installation | undefined>;
  /** The teams Voordeur is installed in and can still reach. */
  teamIds(): Promise<string[]>;
  /** How many installations there are per scope, and how many of them were removed or are gone. */
  counts(): Promise<InstallationCounts>;
}

/** Installations by state: `active` can be written to; `uninstalled` and `gone` cannot. */
export interface InstallationCounts {
  personal: { active: number; uninstalled: number; gone: number };
  team: { active: number; uninstalled: number; gone: number };
}
