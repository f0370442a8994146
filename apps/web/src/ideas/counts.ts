function counted(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

export const endorsementsText = (count: number) => counted(count, 'endorsement', 'endorsements');
export const commentsText = (count: number) => counted(count, 'comment', 'comments');
