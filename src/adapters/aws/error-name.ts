/** An error's class name, such as CredentialsProviderError: short and free of secrets, unlike some messages. */
export const errorName = (error: unknown): string => {
  const name = (error as { name?: unknown } | null)?.name;
  return typeof name === "string" && /^\w{1,64}$/.test(name) ? name : "unknown error";
};
