import { Entity, PrimaryKey, Property } from '@mikro-orm/core';

/** The test clock's offset from real time, shared by every server process (TEST_CLOCK=1 only). */
@Entity({ tableName: 'test_clock' })
export class TestClockEntity {
  @PrimaryKey({ type: 'integer', autoincrement: false })
  id: number = 1;

  @Property({ type: 'bigint' })
  offsetMs: string;
}
