import { registerEnumType } from '@nestjs/graphql';
import { DiscussionGroupKind, PostRemovedBy, WatchLevel } from '@cop/contracts';

registerEnumType(DiscussionGroupKind, { name: 'DiscussionGroupKind', description: 'REGIONAL or THEMATIC' });
registerEnumType(WatchLevel, {
  name: 'WatchLevel',
  description: 'WATCHING: notified of every new post; MUTED: never notified; NONE: the default',
});
registerEnumType(PostRemovedBy, { name: 'PostRemovedBy', description: 'Who deleted a post' });

export enum ThreadSort {
  ACTIVITY = 'ACTIVITY',
  NEWEST = 'NEWEST',
}
registerEnumType(ThreadSort, {
  name: 'ThreadSort',
  description: 'ACTIVITY: last post first (pinned on top); NEWEST: newest threads first',
});

export { DiscussionGroupKind, PostRemovedBy, WatchLevel };
