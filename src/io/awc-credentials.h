/* awc-credentials.h  SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

typedef enum
{
  AWC_CREDENTIALS_KIND_AKSK,  /* access key + secret key (+ security token) */
  AWC_CREDENTIALS_KIND_TOKEN, /* IAM token sent as X-Auth-Token */
} AwcCredentialsKind;

typedef enum
{
  AWC_CREDENTIALS_FIELD_ACCESS_KEY,
  AWC_CREDENTIALS_FIELD_SECRET_KEY,
  AWC_CREDENTIALS_FIELD_SECURITY_TOKEN,
  AWC_CREDENTIALS_FIELD_TOKEN,
} AwcCredentialsField;

/* Secrets are kept in memory only (wiped on finalize) and cannot be read
 * back through properties or printed; the CPTS client signs requests with
 * them and a form may show them again (awc_credentials_peek_field ()).
 * Properties: kind, temporary (read-only). */
#define AWC_TYPE_CREDENTIALS (awc_credentials_get_type ())
G_DECLARE_FINAL_TYPE (AwcCredentials, awc_credentials, AWC, CREDENTIALS, GObject)

AwcCredentials     *awc_credentials_new_aksk             (const char          *access_key,
                                                          const char          *secret_key,
                                                          const char          *security_token);
AwcCredentials     *awc_credentials_new_token            (const char          *token);
/* HUAWEICLOUD_SDK_AK + HUAWEICLOUD_SDK_SK (+ HUAWEICLOUD_SDK_SECURITY_TOKEN),
 * else CPTS_AUTH_TOKEN.  Returns NULL with AWC_CPTS_ERROR_NO_CREDENTIALS
 * naming the variables when neither is set. */
AwcCredentials     *awc_credentials_new_from_environment (GError             **error);

AwcCredentialsKind  awc_credentials_get_kind             (AwcCredentials      *self);
/* TRUE for AK/SK with a security token. */
gboolean            awc_credentials_get_temporary        (AwcCredentials      *self);
/* For refilling a form the user edits (the connect dialog, from the
 * keyring): one field, borrowed and valid while @self lives, or NULL when
 * this kind of credentials has no such field.  Copy it only into widgets
 * made for secrets, and never into a log, an error, a setting or a file. */
const char         *awc_credentials_peek_field           (AwcCredentials      *self,
                                                          AwcCredentialsField  field);

/* Remembering in the desktop keyring (libsecret).  @endpoint keys the
 * item.  Without libsecret these fail with G_IO_ERROR_NOT_SUPPORTED. */
gboolean            awc_credentials_keyring_available    (void);
void                awc_credentials_store_async          (AwcCredentials      *self,
                                                          const char          *endpoint,
                                                          GCancellable        *cancellable,
                                                          GAsyncReadyCallback  callback,
                                                          gpointer             user_data);
gboolean            awc_credentials_store_finish         (AwcCredentials      *self,
                                                          GAsyncResult        *result,
                                                          GError             **error);
/* Finishes with NULL and no error when nothing is stored. */
void                awc_credentials_lookup_async         (const char          *endpoint,
                                                          GCancellable        *cancellable,
                                                          GAsyncReadyCallback  callback,
                                                          gpointer             user_data);
AwcCredentials     *awc_credentials_lookup_finish        (GAsyncResult        *result,
                                                          GError             **error);
void                awc_credentials_clear_async          (const char          *endpoint,
                                                          GCancellable        *cancellable,
                                                          GAsyncReadyCallback  callback,
                                                          gpointer             user_data);
gboolean            awc_credentials_clear_finish         (GAsyncResult        *result,
                                                          GError             **error);

G_END_DECLS
