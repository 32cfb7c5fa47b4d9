import * as v from "valibot";

/** An integer id, also accepted as a numeric string. */
const IdSchema = v.union([v.pipe(v.number(), v.integer()), v.pipe(v.string(), v.regex(/^\d+$/), v.transform(Number))]);

/** A number, also accepted as a numeric string. */
const NumberSchema = v.union([v.number(), v.pipe(v.string(), v.decimal(), v.transform(Number))]);

/** A domain group as listed by `GET /domain-groups`; extra fields are ignored. */
export const DomainGroupSchema = v.object({
  id: IdSchema,
  name: v.pipe(
    v.nullish(v.string()),
    v.transform((name) => name ?? ""),
  ),
});

/** A domain group: SpamTitan's unit of one customer. */
export type DomainGroup = v.InferOutput<typeof DomainGroupSchema>;

/** A protected domain as listed by `GET /domains`; extra fields are ignored. */
export const DomainSchema = v.object({
  id: IdSchema,
  domain: v.string(),
  domain_group_id: v.optional(v.nullable(IdSchema)),
});

/** A protected domain of a group. */
export type Domain = v.InferOutput<typeof DomainSchema>;

/** One page of a list, in any of the envelopes SpamTitan servers use. */
export const ListPageSchema = v.union([
  v.array(v.unknown()),
  v.object({
    data: v.array(v.unknown()),
    meta: v.optional(
      v.nullable(
        v.object({
          current_page: v.optional(v.nullable(NumberSchema)),
          last_page: v.optional(v.nullable(NumberSchema)),
        }),
      ),
    ),
    links: v.optional(v.nullable(v.object({ next: v.optional(v.nullable(v.string())) }))),
  }),
]);

/** The body of a Licensing Stats report (bare or in `{ data }`); `maximum`, `average` and `days` optional. */
export const LicenseUsageBodySchema = v.object({
  domain_group_id: v.optional(v.nullable(IdSchema)),
  start_date: v.optional(v.nullable(v.string())),
  end_date: v.optional(v.nullable(v.string())),
  maximum: v.optional(v.nullable(NumberSchema)),
  average: v.optional(v.nullable(NumberSchema)),
  days: v.optional(v.nullable(v.array(v.object({ date: v.string(), usage: NumberSchema })))),
});
