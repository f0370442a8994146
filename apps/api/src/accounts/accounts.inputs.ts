import { LIMITS, Profession, Role } from '@ideas-hub/domain';
import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import { IsBoolean, IsEmail, IsEnum, IsNotEmpty, IsOptional, IsUUID, Length, MaxLength } from 'class-validator';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);
const EMAIL_FORMAT = 'Enter an email address in the correct format, like name@example.com';

@InputType()
export class RegisterInput {
  @Field()
  @Transform(trim)
  @IsNotEmpty({ message: 'Enter your full name' })
  @MaxLength(LIMITS.nameMax, { message: `Full name must be ${LIMITS.nameMax} characters or fewer` })
  name!: string;

  @Field()
  @Transform(trim)
  @IsNotEmpty({ message: 'Enter your email address' })
  @MaxLength(LIMITS.emailMax, { message: `Email address must be ${LIMITS.emailMax} characters or fewer` })
  @IsEmail({}, { message: EMAIL_FORMAT })
  email!: string;

  @Field()
  @IsNotEmpty({ message: 'Enter a password' })
  @Length(LIMITS.passwordMin, LIMITS.passwordMax, {
    message: `Password must be between ${LIMITS.passwordMin} and ${LIMITS.passwordMax} characters`,
  })
  password!: string;

  @Field(() => Profession)
  @IsEnum(Profession, { message: 'Select your profession' })
  profession!: Profession;

  @Field(() => String, { nullable: true })
  @Transform(trim)
  @IsOptional()
  @MaxLength(LIMITS.organisationMax, { message: `Organisation must be ${LIMITS.organisationMax} characters or fewer` })
  organisation?: string | null;
}

@InputType()
export class SignInInput {
  @Field()
  @Transform(trim)
  @IsNotEmpty({ message: 'Enter your email address' })
  @MaxLength(LIMITS.emailMax, { message: `Email address must be ${LIMITS.emailMax} characters or fewer` })
  email!: string;

  @Field()
  @IsNotEmpty({ message: 'Enter your password' })
  @MaxLength(LIMITS.passwordMax, { message: `Password must be ${LIMITS.passwordMax} characters or fewer` })
  password!: string;
}

@ArgsType()
export class RoleChangeArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'accountId must be the id of an account' })
  accountId!: string;

  @Field(() => Role)
  @IsEnum(Role, { message: 'Choose a role' })
  role!: Role;
}

@ArgsType()
export class SetAccountDisabledArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'accountId must be the id of an account' })
  accountId!: string;

  @Field()
  @IsBoolean()
  disabled!: boolean;
}
