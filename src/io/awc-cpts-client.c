/* awc-cpts-client.c  SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "awc-cpts-client-private.h"
#include "awc-util.h"

struct _AwcCptsClient
{
  GObject         parent_instance;

  /* Owned */
  SoupSession    *session;
  AwcCredentials *credentials;
  char           *base_url;
  char           *project_id;
  GHashTable     *mappings;        /* base URL → AwcCptsIdMapping, in memory only */

  double          total_timeout;
  double          retry_base;
  guint64         max_body_size;
  guint64         peak_held;
  AwcCptsPaging   paging;          /* how the server read offset, once known */
  guint           page_size;
};

G_DEFINE_FINAL_TYPE (AwcCptsClient, awc_cpts_client, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_BASE_URL,
  PROP_PROJECT_ID,
  PROP_CREDENTIALS,
  PROP_CONNECT_TIMEOUT,
  PROP_TOTAL_TIMEOUT,
  PROP_RETRY_BASE,
  PROP_MAX_BODY_SIZE,
  PROP_ID_MAPPING,
  N_PROPS
};
static GParamSpec *properties[N_PROPS];

static const char * const regions[] = {
  "cn-north-1", "cn-north-4", "cn-south-1", "cn-east-2", "cn-east-3", "cn-southwest-2",
  "ap-southeast-1", "ap-southeast-2", "ap-southeast-3", "af-south-1", "la-south-2",
  "sa-brazil-1", NULL,
};

const char * const *
awc_cpts_regions (void)
{
  return regions;
}

gboolean
awc_cpts_region_is_known (const char *region)
{
  return region != NULL && g_strv_contains (regions, region);
}

gboolean
awc_cpts_id_is_numeric (const char *id)
{
  guint64 v = 0;

  if (id == NULL || *id == '\0' || strlen (id) > 10)
    return FALSE;
  for (const char *p = id; *p != '\0'; p++)
    if (!g_ascii_isdigit (*p))
      return FALSE;
  v = g_ascii_strtoull (id, NULL, 10);
  return v <= G_MAXINT32;
}

static void
awc_cpts_client_dispose (GObject *object)
{
  AwcCptsClient *self = AWC_CPTS_CLIENT (object);

  if (self->session != NULL)
    soup_session_abort (self->session);
  g_clear_object (&self->session);
  g_clear_object (&self->credentials);

  G_OBJECT_CLASS (awc_cpts_client_parent_class)->dispose (object);
}

static void
awc_cpts_client_finalize (GObject *object)
{
  AwcCptsClient *self = AWC_CPTS_CLIENT (object);

  g_free (self->base_url);
  g_free (self->project_id);
  g_hash_table_unref (self->mappings);

  G_OBJECT_CLASS (awc_cpts_client_parent_class)->finalize (object);
}

static void
awc_cpts_client_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  AwcCptsClient *self = AWC_CPTS_CLIENT (object);

  switch (prop_id)
    {
    case PROP_BASE_URL:
      g_value_set_string (value, awc_cpts_client_get_base_url (self));
      break;
    case PROP_PROJECT_ID:
      g_value_set_string (value, awc_cpts_client_get_project_id (self));
      break;
    case PROP_CREDENTIALS:
      g_value_set_object (value, awc_cpts_client_get_credentials (self));
      break;
    case PROP_CONNECT_TIMEOUT:
      g_value_set_uint (value, awc_cpts_client_get_connect_timeout (self));
      break;
    case PROP_TOTAL_TIMEOUT:
      g_value_set_double (value, awc_cpts_client_get_total_timeout (self));
      break;
    case PROP_RETRY_BASE:
      g_value_set_double (value, awc_cpts_client_get_retry_base (self));
      break;
    case PROP_MAX_BODY_SIZE:
      g_value_set_uint64 (value, awc_cpts_client_get_max_body_size (self));
      break;
    case PROP_ID_MAPPING:
      g_value_set_int (value, awc_cpts_client_get_id_mapping (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
awc_cpts_client_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  AwcCptsClient *self = AWC_CPTS_CLIENT (object);

  switch (prop_id)
    {
    case PROP_PROJECT_ID:
      awc_cpts_client_set_project_id (self, g_value_get_string (value));
      break;
    case PROP_CREDENTIALS:
      awc_cpts_client_set_credentials (self, g_value_get_object (value));
      break;
    case PROP_CONNECT_TIMEOUT:
      awc_cpts_client_set_connect_timeout (self, g_value_get_uint (value));
      break;
    case PROP_TOTAL_TIMEOUT:
      awc_cpts_client_set_total_timeout (self, g_value_get_double (value));
      break;
    case PROP_RETRY_BASE:
      awc_cpts_client_set_retry_base (self, g_value_get_double (value));
      break;
    case PROP_MAX_BODY_SIZE:
      awc_cpts_client_set_max_body_size (self, g_value_get_uint64 (value));
      break;
    case PROP_ID_MAPPING:
      awc_cpts_client_set_id_mapping (self, g_value_get_int (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
awc_cpts_client_class_init (AwcCptsClientClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags flags = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->dispose = awc_cpts_client_dispose;
  object_class->finalize = awc_cpts_client_finalize;
  object_class->get_property = awc_cpts_client_get_property;
  object_class->set_property = awc_cpts_client_set_property;

  properties[PROP_BASE_URL] =
    g_param_spec_string ("base-url", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_PROJECT_ID] = g_param_spec_string ("project-id", NULL, NULL, NULL, flags);
  properties[PROP_CREDENTIALS] =
    g_param_spec_object ("credentials", NULL, NULL, AWC_TYPE_CREDENTIALS, flags);
  properties[PROP_CONNECT_TIMEOUT] =
    g_param_spec_uint ("connect-timeout", NULL, NULL, 0, G_MAXUINT,
                       AWC_CPTS_DEFAULT_CONNECT_TIMEOUT, flags);
  properties[PROP_TOTAL_TIMEOUT] =
    g_param_spec_double ("total-timeout", NULL, NULL, 0, 24 * 3600,
                         AWC_CPTS_DEFAULT_TOTAL_TIMEOUT, flags);
  properties[PROP_RETRY_BASE] =
    g_param_spec_double ("retry-base", NULL, NULL, 0, 60, 1.0, flags);
  properties[PROP_MAX_BODY_SIZE] =
    g_param_spec_uint64 ("max-body-size", NULL, NULL, 1, G_MAXUINT64,
                         AWC_CPTS_MAX_BODY_SIZE, flags);
  properties[PROP_ID_MAPPING] =
    g_param_spec_int ("id-mapping", NULL, NULL, AWC_CPTS_ID_MAPPING_AUTO,
                      AWC_CPTS_ID_MAPPING_CASE_URI, AWC_CPTS_ID_MAPPING_AUTO, flags);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
awc_cpts_client_init (AwcCptsClient *self)
{
  g_autofree char *agent = g_strdup_printf ("awchart/%s ", PACKAGE_VERSION);

  /* The default proxy resolver and TLS database: system proxy on,
   * certificate verification on (soup rejects bad certificates). */
  self->session = soup_session_new_with_options ("proxy-resolver", g_proxy_resolver_get_default (),
                                                 "timeout", AWC_CPTS_DEFAULT_CONNECT_TIMEOUT,
                                                 "user-agent", agent,
                                                 NULL);
  self->mappings = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->total_timeout = AWC_CPTS_DEFAULT_TOTAL_TIMEOUT;
  self->retry_base = 1.0;
  self->page_size = AWC_CPTS_PAGE_SIZE;
  self->max_body_size = AWC_CPTS_MAX_BODY_SIZE;
}

AwcCptsClient *
awc_cpts_client_new (void)
{
  return g_object_new (AWC_TYPE_CPTS_CLIENT, NULL);
}

SoupSession *
_awc_cpts_client_get_session (AwcCptsClient *self)
{
  return self->session;
}

AwcCptsPaging
_awc_cpts_client_get_paging (AwcCptsClient *self)
{
  return self->paging;
}

void
_awc_cpts_client_set_paging (AwcCptsClient *self,
                             AwcCptsPaging  paging)
{
  self->paging = paging;
}

guint
_awc_cpts_client_get_page_size (AwcCptsClient *self)
{
  return self->page_size;
}

void
_awc_cpts_client_set_page_size (AwcCptsClient *self,
                                guint          page_size)
{
  self->page_size = MAX (page_size, 2);
}

guint64
_awc_cpts_client_get_peak_held (AwcCptsClient *self)
{
  return self->peak_held;
}

void
_awc_cpts_client_note_held (AwcCptsClient *self,
                            guint64        bytes)
{
  self->peak_held = MAX (self->peak_held, bytes);
}

static void
set_base_url (AwcCptsClient *self,
              const char    *url)
{
  AwcCptsIdMapping before = awc_cpts_client_get_id_mapping (self);

  if (awc_set_str (&self->base_url, url))
    {
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BASE_URL]);
      if (before != awc_cpts_client_get_id_mapping (self))
        g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ID_MAPPING]);
    }
}

gboolean
awc_cpts_client_set_region (AwcCptsClient  *self,
                            const char     *region,
                            GError        **error)
{
  g_autofree char *url = NULL;

  g_return_val_if_fail (AWC_IS_CPTS_CLIENT (self), FALSE);

  if (!awc_cpts_region_is_known (region))
    {
      g_autofree char *list = g_strjoinv (", ", (char **) regions);

      g_set_error (error, AWC_CPTS_ERROR, AWC_CPTS_ERROR_INVALID_ARGUMENT,
                   _("Unknown region “%s” (known: %s)"), region ? region : "", list);
      return FALSE;
    }
  url = g_strdup_printf ("https://cpts.%s.myhuaweicloud.com/", region);
  set_base_url (self, url);
  return TRUE;
}

gboolean
awc_cpts_client_set_endpoint (AwcCptsClient  *self,
                              const char     *url,
                              GError        **error)
{
  g_autoptr(GUri) uri = NULL;
  g_autofree char *text = NULL;
  const char *scheme;

  g_return_val_if_fail (AWC_IS_CPTS_CLIENT (self), FALSE);

  if (url != NULL)
    uri = g_uri_parse (url, SOUP_HTTP_URI_FLAGS, NULL);
  scheme = uri ? g_uri_get_scheme (uri) : NULL;
  if (uri == NULL || g_uri_get_host (uri) == NULL || *g_uri_get_host (uri) == '\0'
      || (g_strcmp0 (scheme, "https") != 0 && g_strcmp0 (scheme, "http") != 0)
      || g_uri_get_userinfo (uri) != NULL || g_uri_get_query (uri) != NULL)
    {
      g_set_error (error, AWC_CPTS_ERROR, AWC_CPTS_ERROR_INVALID_ARGUMENT,
                   _("“%s” is not an http or https endpoint URL"), url ? url : "");
      return FALSE;
    }
  text = g_uri_to_string_partial (uri, G_URI_HIDE_FRAGMENT);
  if (!g_str_has_suffix (text, "/"))
    {
      char *slash = g_strconcat (text, "/", NULL);

      g_free (text);
      text = slash;
    }
  set_base_url (self, text);
  return TRUE;
}

const char *
awc_cpts_client_get_base_url (AwcCptsClient *self)
{
  g_return_val_if_fail (AWC_IS_CPTS_CLIENT (self), NULL);
  return self->base_url;
}

const char *
awc_cpts_client_get_project_id (AwcCptsClient *self)
{
  g_return_val_if_fail (AWC_IS_CPTS_CLIENT (self), NULL);
  return self->project_id;
}

void
awc_cpts_client_set_project_id (AwcCptsClient *self,
                                const char    *project_id)
{
  g_return_if_fail (AWC_IS_CPTS_CLIENT (self));

  if (awc_set_str (&self->project_id, project_id))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PROJECT_ID]);
}

AwcCredentials *
awc_cpts_client_get_credentials (AwcCptsClient *self)
{
  g_return_val_if_fail (AWC_IS_CPTS_CLIENT (self), NULL);
  return self->credentials;
}

void
awc_cpts_client_set_credentials (AwcCptsClient  *self,
                                 AwcCredentials *credentials)
{
  g_return_if_fail (AWC_IS_CPTS_CLIENT (self));
  g_return_if_fail (credentials == NULL || AWC_IS_CREDENTIALS (credentials));

  if (g_set_object (&self->credentials, credentials))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CREDENTIALS]);
}

guint
awc_cpts_client_get_connect_timeout (AwcCptsClient *self)
{
  g_return_val_if_fail (AWC_IS_CPTS_CLIENT (self), 0);
  return soup_session_get_timeout (self->session);
}

void
awc_cpts_client_set_connect_timeout (AwcCptsClient *self,
                                     guint          seconds)
{
  g_return_if_fail (AWC_IS_CPTS_CLIENT (self));

  /* soup's I/O timeout bounds connecting and every stalled read. */
  if (soup_session_get_timeout (self->session) != seconds)
    {
      soup_session_set_timeout (self->session, seconds);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CONNECT_TIMEOUT]);
    }
}

double
awc_cpts_client_get_total_timeout (AwcCptsClient *self)
{
  g_return_val_if_fail (AWC_IS_CPTS_CLIENT (self), 0);
  return self->total_timeout;
}

void
awc_cpts_client_set_total_timeout (AwcCptsClient *self,
                                   double         seconds)
{
  g_return_if_fail (AWC_IS_CPTS_CLIENT (self));

  /* The property's range: the request's timer counts guint milliseconds. */
  seconds = CLAMP (seconds, 0, 24 * 3600);
  if (self->total_timeout != seconds)
    {
      self->total_timeout = seconds;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TOTAL_TIMEOUT]);
    }
}

double
awc_cpts_client_get_retry_base (AwcCptsClient *self)
{
  g_return_val_if_fail (AWC_IS_CPTS_CLIENT (self), 0);
  return self->retry_base;
}

void
awc_cpts_client_set_retry_base (AwcCptsClient *self,
                                double         seconds)
{
  g_return_if_fail (AWC_IS_CPTS_CLIENT (self));

  seconds = CLAMP (seconds, 0, 60);
  if (self->retry_base != seconds)
    {
      self->retry_base = seconds;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_RETRY_BASE]);
    }
}

guint64
awc_cpts_client_get_max_body_size (AwcCptsClient *self)
{
  g_return_val_if_fail (AWC_IS_CPTS_CLIENT (self), 0);
  return self->max_body_size;
}

void
awc_cpts_client_set_max_body_size (AwcCptsClient *self,
                                   guint64        bytes)
{
  g_return_if_fail (AWC_IS_CPTS_CLIENT (self));

  bytes = MAX (bytes, 1);
  if (self->max_body_size != bytes)
    {
      self->max_body_size = bytes;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MAX_BODY_SIZE]);
    }
}

AwcCptsIdMapping
awc_cpts_client_get_id_mapping (AwcCptsClient *self)
{
  g_return_val_if_fail (AWC_IS_CPTS_CLIENT (self), AWC_CPTS_ID_MAPPING_AUTO);

  if (self->base_url == NULL)
    return AWC_CPTS_ID_MAPPING_AUTO;
  return GPOINTER_TO_INT (g_hash_table_lookup (self->mappings, self->base_url));
}

void
awc_cpts_client_set_id_mapping (AwcCptsClient    *self,
                                AwcCptsIdMapping  mapping)
{
  g_return_if_fail (AWC_IS_CPTS_CLIENT (self));
  g_return_if_fail (mapping <= AWC_CPTS_ID_MAPPING_CASE_URI);

  if (self->base_url == NULL || awc_cpts_client_get_id_mapping (self) == mapping)
    return;
  g_hash_table_insert (self->mappings, g_strdup (self->base_url), GINT_TO_POINTER (mapping));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ID_MAPPING]);
}
