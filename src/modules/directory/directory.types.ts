import { Field, ID, InputType, ObjectType, registerEnumType } from 'type-graphql';
import { ConnectionType, SortDirection } from '../../graphql/connection';
import { Availability } from '../users/user.entity';
import { AuthPayloadBase } from '../users/user.errors';

export { Availability };

registerEnumType(Availability, {
  name: 'Availability',
  description: 'How much work a freelancer takes on, as their public profile says.',
  valuesConfig: {
    FULL_TIME: { description: 'Available for full-time work (30 hours a week or more).' },
    PART_TIME: { description: 'Available for part-time work (less than 30 hours a week).' },
    NOT_AVAILABLE: { description: 'Not taking new work; the default until the freelancer says otherwise.' },
  },
});

/**
 * The directory shows public profiles only: these types have no field that leads to private
 * data (no email, no balance, no members or roles, no links to other objects).
 */
@ObjectType({ description: "An agency's public profile, as the directory shows it to anyone signed in." })
export class AgencyProfile {
  @Field(() => ID, { description: "The agency's team id (`team(id:)` shows more, as far as the caller may see it)." })
  id: string;

  @Field({ description: "The agency's name." })
  name: string;

  @Field(() => String, { nullable: true, description: 'One line about the agency; null when not given.' })
  headline: string | null;

  @Field(() => [String], { description: 'The skills it offers, lower-cased.' })
  skills: string[];

  @Field({ description: 'When the agency was created.' })
  createdAt: Date;
}

@ObjectType({ description: "A freelancer's public profile, as the directory shows it to anyone signed in." })
export class FreelancerProfile {
  @Field(() => ID, { description: "The freelancer's user id." })
  id: string;

  @Field({ description: 'The display name.' })
  name: string;

  @Field(() => String, { nullable: true, description: 'One line about the freelancer; every profile the directory lists has one (null only in `updatePublicProfile` for an unlisted profile).' })
  headline: string | null;

  @Field(() => [String], { description: 'Their skills, lower-cased.' })
  skills: string[];

  @Field(() => Availability, { description: 'How much work they take on.' })
  availability: Availability;

  @Field({ description: 'When the freelancer signed up.' })
  createdAt: Date;
}

export const AgencyProfileConnection = ConnectionType(AgencyProfile);
export const FreelancerProfileConnection = ConnectionType(FreelancerProfile);

export enum ProfileOrderField {
  NAME = 'NAME',
  CREATED_AT = 'CREATED_AT',
}
registerEnumType(ProfileOrderField, {
  name: 'ProfileOrderField',
  description: 'What to order directory profiles by.',
  valuesConfig: { NAME: { description: 'The name, alphabetically.' }, CREATED_AT: { description: 'When the agency was created or the freelancer signed up.' } },
});

@InputType({ description: 'An ordering of directory profiles.' })
export class ProfileOrder {
  @Field(() => ProfileOrderField, { defaultValue: ProfileOrderField.NAME, description: 'The field to order by; NAME when omitted.' })
  field: ProfileOrderField;

  @Field(() => SortDirection, { defaultValue: SortDirection.ASC, description: 'ASC (A to Z, oldest first) when omitted.' })
  direction: SortDirection;
}

@InputType({ description: 'Which agencies to list; every agency when omitted.' })
export class AgencyDirectoryFilter {
  @Field(() => String, { nullable: true, description: 'Agencies whose name or headline contains this text (case-insensitive).' })
  search?: string | null;

  @Field(() => [String], { nullable: true, description: 'Agencies offering every one of these skills (case-insensitive).' })
  skills?: string[] | null;
}

@InputType({ description: 'Which freelancers to list; every listed freelancer when omitted.' })
export class FreelancerDirectoryFilter {
  @Field(() => String, { nullable: true, description: 'Freelancers whose name or headline contains this text (case-insensitive).' })
  search?: string | null;

  @Field(() => [String], { nullable: true, description: 'Freelancers with every one of these skills (case-insensitive).' })
  skills?: string[] | null;

  @Field(() => [Availability], { nullable: true, description: 'Freelancers with one of these availabilities; any when omitted.' })
  availability?: Availability[] | null;
}

@InputType({ description: "Changes to the caller's own public profile as a freelancer; fields left out stay as they are." })
export class UpdatePublicProfileInput {
  @Field(() => String, { nullable: true, description: 'Up to 200 characters. A profile with a headline is listed in `freelancers`; an empty string clears it and unlists the profile.' })
  headline?: string | null;

  @Field(() => [String], { nullable: true, description: 'At most 20 skills of 1 to 50 characters (letters, digits, spaces, + # . / & -), stored lower-cased; replaces the list.' })
  skills?: string[] | null;

  @Field(() => Availability, { nullable: true, description: 'How much work the freelancer takes on.' })
  availability?: Availability | null;
}

@ObjectType()
export class UpdatePublicProfilePayload extends AuthPayloadBase {
  @Field(() => FreelancerProfile, { nullable: true, description: 'The public profile as changed (also when it has no headline, so is not listed).' })
  profile?: FreelancerProfile;
}
