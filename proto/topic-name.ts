/**
 * Kafka's topic name rule (`Topic.validate`): 1 to 249 characters from [a-zA-Z0-9._-], and not
 * "." or "..". Names with both '.' and '_' may collide in metric names; Kafka only warns.
 */

export const topicNameLengthMax = 249;
const legalTopicName = /^[a-zA-Z0-9._-]+$/;

/** Returns why `name` is not a valid topic name, or undefined when it is. */
export function topicNameProblem(name: string): string | undefined {
  if (name.length === 0) return 'Topic name is illegal, it can\'t be empty';
  if (name === '.' || name === '..') return 'Topic name cannot be "." or ".."';
  if (name.length > topicNameLengthMax) {
    return `Topic name is illegal, it can't be longer than ${topicNameLengthMax} characters, topic name: ${name}`;
  }
  if (!legalTopicName.test(name)) {
    return `Topic name "${name}" is illegal, it contains a character other than ASCII alphanumerics, '.', '_' and '-'`;
  }
  return undefined;
}

/** Internal topics (hidden from `--exclude-internal` listings, protected from deletion). */
export const internalTopics: ReadonlySet<string> = new Set(['__consumer_offsets', '__transaction_state']);
