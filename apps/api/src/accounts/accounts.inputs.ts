import { ACCOUNT_MESSAGES as M, LIMITS, Profession, Role } from '@ideas-hub/domain';
import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import { IdempotencyKeyField } from '../platform/idempotency/idempotency.input';
import { IsBoolean, IsEmail, IsEnum, IsNotEmpty, IsOptional, IsUUID, MaxLength, MinLength } from 'class-validator';
import { NameOrTitle, trim } from '../platform/graphql/text';

@InputType()
export class RegisterInput {
  @Field()
  @Transform(trim)
  @IsNotEmpty({ message: M.nameMissing })
  @MaxLength(LIMITS.nameMax, { message: M.nameTooLong })
  @NameOrTitle()
  name!: string;

  @Field()
  @Transform(trim)
  @IsNotEmpty({ message: M.emailMissing })
  @MaxLength(LIMITS.emailMax, { message: M.emailTooLong })
  @IsEmail({}, { message: M.emailFormat })
  email!: string;

  @Field()
  @IsNotEmpty({ message: M.passwordMissing })
  @MinLength(LIMITS.passwordMin, { message: M.passwordTooShort })
  @MaxLength(LIMITS.passwordMax, { message: M.passwordTooLong })
  password!: string;

  @Field(() => Profession)
  @IsEnum(Profession, { message: M.professionMissing })
  profession!: Profession;

  @Field(() => String, { nullable: true })
  @Transform(trim)
  @IsOptional()
  @MaxLength(LIMITS.organisationMax, { message: M.organisationTooLong })
  @NameOrTitle()
  organisation?: string | null;

  @IdempotencyKeyField()
  idempotencyKey?: string | null;
}

@InputType()
export class SignInInput {
  @Field()
  @Transform(trim)
  @IsNotEmpty({ message: M.emailMissing })
  @MaxLength(LIMITS.emailMax, { message: M.emailTooLong })
  email!: string;

  @Field()
  @IsNotEmpty({ message: M.signInPasswordMissing })
  @MaxLength(LIMITS.passwordMax, { message: M.passwordTooLong })
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
