import { randomUUID } from 'node:crypto';
import { ConflictError, ValidationError, checkId, checkText } from '@lianban/kit';
import { LockMode } from '@mikro-orm/core';
import { JointMeeting } from '../entities/joint-meeting.entity';
import type { MeetingsContext } from '../loaders';
import type { JointMeetingInput } from '../types/meeting.inputs';
import { requireSecretariat } from './access';
import { checkNames } from './directory';

/**
 * 联席会议: sets up or changes the body. Every unit and person is checked against the departments
 * directory in one call (the convenor must be a leader, units active); no unit twice in a list.
 */
export async function setJointMeeting(ctx: MeetingsContext, input: JointMeetingInput): Promise<JointMeeting> {
  requireSecretariat(ctx.identity, 'changing the joint meeting');
  const name = checkText(input.name, 'input.name', 100);
  const convenorId = checkId(input.convenorId, 'input.convenorId');
  const officeUnitId = checkId(input.officeUnitId, 'input.officeUnitId');
  const unique = (ids: string[], field: string) => {
    const checked = ids.map((id, i) => checkId(id, `${field}[${i}]`));
    checked.forEach((id, i) => {
      if (checked.indexOf(id) !== i) throw new ValidationError(`${field}[${i}] names a unit twice`, `${field}[${i}]`);
    });
    return checked;
  };
  if (!input.memberUnitIds.length) throw new ValidationError('input.memberUnitIds: the joint meeting needs member units', 'input.memberUnitIds');
  const members = unique(input.memberUnitIds, 'input.memberUnitIds');
  const groupNames = new Set<string>();
  const groups = input.workingGroups.map((group, i) => {
    const field = `input.workingGroups[${i}]`;
    const groupName = checkText(group.name, `${field}.name`, 100);
    if (groupNames.has(groupName)) throw new ValidationError(`${field}.name: two working groups are named ${groupName}`, `${field}.name`);
    groupNames.add(groupName);
    return { name: groupName, leadUnitId: checkId(group.leadUnitId, `${field}.leadUnitId`), memberUnitIds: unique(group.memberUnitIds, `${field}.memberUnitIds`) };
  });
  await checkNames(
    ctx.directory,
    ctx.forwarded(),
    [
      { id: officeUnitId, field: 'input.officeUnitId' },
      ...members.map((id, i) => ({ id, field: `input.memberUnitIds[${i}]` })),
      ...groups.flatMap((g, i) => [
        { id: g.leadUnitId, field: `input.workingGroups[${i}].leadUnitId` },
        ...g.memberUnitIds.map((id, j) => ({ id, field: `input.workingGroups[${i}].memberUnitIds[${j}]` })),
      ]),
    ],
    [{ id: convenorId, field: 'input.convenorId', leader: true }],
  );
  return ctx.em.transactional(async (em) => {
    const existing = await em.findOne(JointMeeting, { id: { $ne: null } } as never, { lockMode: LockMode.PESSIMISTIC_WRITE, orderBy: { id: 'asc' } });
    if (existing) {
      if (input.version === undefined || input.version === null) throw new ValidationError('input.version: send the version you read to change the joint meeting', 'input.version');
      if (existing.version !== input.version) throw new ConflictError(`the joint meeting was changed by someone else (version ${existing.version}, you sent ${input.version}): reload it`);
      Object.assign(existing, { name, convenorId, officeUnitId, memberUnitIds: members, workingGroups: groups });
      return existing;
    }
    return em.create(JointMeeting, { id: randomUUID(), name, convenorId, officeUnitId, memberUnitIds: members, workingGroups: groups });
  });
}
