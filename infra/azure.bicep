// Voordeur in Azure: App Service (Linux, Node 22 by default) with its health check on /readyz, the Azure Bot with the
// Teams channel, PostgreSQL flexible server, and Key Vault for the secrets, referenced from the app settings.
// Application Insights is optional. Deployed by `atk provision` (m365agents.yml, arm/deploy) with
// infra/azure.parameters.json; see docs/guides/install.md.
// The deploying account needs Owner (or User Access Administrator) on the resource group: the web app is
// given the Key Vault Secrets User role on the vault.

@minLength(4)
@maxLength(20)
@description('Names every resource; a random suffix keeps the names unique (RESOURCE_SUFFIX).')
param resourceBaseName string

@description('Azure region of everything but the bot registration (which is global).')
param location string = resourceGroup().location

@description('Node.js on App Service. Node 20 left long-term support in April 2026; 22 is supported until April 2027.')
@allowed([
  '20-lts'
  '22-lts'
])
param nodeVersion string = '22-lts'

@description('App Service plan SKU. B1 or larger: the free tier has no Always On, and Voordeur runs scheduled jobs and sends messages in the background.')
param appServiceSku string = 'B1'

@description('PostgreSQL flexible server compute SKU and its tier.')
param postgresSkuName string = 'Standard_B1ms'
@allowed([
  'Burstable'
  'GeneralPurpose'
  'MemoryOptimized'
])
param postgresSkuTier string = 'Burstable'

@description('Days of PostgreSQL point-in-time backups (7 to 35).')
@minValue(7)
@maxValue(35)
param postgresBackupRetentionDays int = 14

param postgresAdminLogin string = 'voordeur'
@secure()
@minLength(12)
param postgresAdminPassword string

@description('The bot\'s Entra app (client) id: BOT_ID.')
param botId string
@description('The tenant of the bot\'s Entra app: BOT_TENANT_ID.')
param botTenantId string
@secure()
param botPassword string
@maxLength(42)
param botDisplayName string = 'Voordeur'

@description('The Entra app for tab and admin sign-in: AAD_APP_CLIENT_ID and AAD_APP_TENANT_ID.')
param aadAppClientId string
param aadAppTenantId string
@description('Comma-separated Entra object ids of the admins: ADMIN_IDS.')
param adminIds string = ''

param timeZone string = 'Europe/Amsterdam'
param logLevel string = 'info'
@description('Teams\' service URL for personal chats with people the bot has not met yet, e.g. https://smba.trafficmanager.net/emea/.')
param deliveryServiceUrl string = ''

@description('Optional language model on Azure OpenAI: all three, or none.')
param azureOpenAiEndpoint string = ''
param azureOpenAiDeployment string = ''
@secure()
param azureOpenAiApiKey string = ''

param enableApplicationInsights bool = false

var databaseName = 'voordeur'
var useLanguageModel = !empty(azureOpenAiEndpoint)
// Key Vault Secrets User: read secret values, nothing else.
var secretsUserRole = '4633458b-17de-408a-b874-0445c86b69e6'

// The service's settings (src/config.ts). SECRET_BOT_PASSWORD, DATABASE_URL and the language model's key are
// Key Vault references, which App Service resolves with the web app's identity; SCM_DO_BUILD_DURING_DEPLOYMENT
// and the Application Insights agent's settings are App Service's own.
var appSettings = {
  SCM_DO_BUILD_DURING_DEPLOYMENT: 'true'
  BOT_ID: botId
  BOT_TYPE: 'SingleTenant'
  BOT_TENANT_ID: botTenantId
  SECRET_BOT_PASSWORD: '@Microsoft.KeyVault(SecretUri=${botPasswordSecret.properties.secretUri})'
  DATABASE_URL: '@Microsoft.KeyVault(SecretUri=${databaseUrlSecret.properties.secretUri})'
  AAD_APP_CLIENT_ID: aadAppClientId
  AAD_APP_TENANT_ID: aadAppTenantId
  ADMIN_IDS: adminIds
  TZ: timeZone
  LOG_LEVEL: logLevel
  DELIVERY_SERVICE_URL: deliveryServiceUrl
}
var languageModelSettings = useLanguageModel
  ? {
      AZURE_OPENAI_ENDPOINT: azureOpenAiEndpoint
      AZURE_OPENAI_DEPLOYMENT: azureOpenAiDeployment
      SECRET_AZURE_OPENAI_API_KEY: '@Microsoft.KeyVault(SecretUri=${languageModelKeySecret.properties.secretUri})'
    }
  : {}
var insightsSettings = enableApplicationInsights
  ? {
      APPLICATIONINSIGHTS_CONNECTION_STRING: insights.properties.ConnectionString
      ApplicationInsightsAgent_EXTENSION_VERSION: '~3'
    }
  : {}

resource plan 'Microsoft.Web/serverfarms@2023-12-01' = {
  name: resourceBaseName
  location: location
  kind: 'linux'
  sku: {
    name: appServiceSku
  }
  properties: {
    reserved: true
  }
}

resource web 'Microsoft.Web/sites@2023-12-01' = {
  name: resourceBaseName
  location: location
  kind: 'app,linux'
  identity: {
    type: 'SystemAssigned'
  }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    keyVaultReferenceIdentity: 'SystemAssigned'
    siteConfig: {
      linuxFxVersion: 'NODE|${nodeVersion}'
      // The compiled service, which is what `npm start` runs after checking whether dist/ is older than src/:
      // here the build already ran at deploy time, and file times after a deploy say nothing.
      appCommandLine: 'node dist/index.js'
      alwaysOn: true
      healthCheckPath: '/readyz'
      ftpsState: 'Disabled'
      minTlsVersion: '1.2'
      http20Enabled: true
    }
  }
}

// Applied once the web app may read the vault, so that the Key Vault references resolve at the first start.
resource webSettings 'Microsoft.Web/sites/config@2023-12-01' = {
  parent: web
  name: 'appsettings'
  properties: union(appSettings, languageModelSettings, insightsSettings)
  dependsOn: [
    webReadsSecrets
  ]
}

resource vault 'Microsoft.KeyVault/vaults@2023-07-01' = {
  name: '${resourceBaseName}-kv'
  location: location
  properties: {
    tenantId: subscription().tenantId
    sku: {
      family: 'A'
      name: 'standard'
    }
    enableRbacAuthorization: true
    enableSoftDelete: true
    softDeleteRetentionInDays: 30
  }
}

resource botPasswordSecret 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = {
  parent: vault
  name: 'bot-password'
  properties: {
    value: botPassword
  }
}

resource databaseUrlSecret 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = {
  parent: vault
  name: 'database-url'
  properties: {
    value: 'postgres://${postgresAdminLogin}:${uriComponent(postgresAdminPassword)}@${postgres.properties.fullyQualifiedDomainName}:5432/${databaseName}?sslmode=verify-full'
  }
}

resource languageModelKeySecret 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = if (useLanguageModel) {
  parent: vault
  name: 'azure-openai-api-key'
  properties: {
    value: azureOpenAiApiKey
  }
}

resource webReadsSecrets 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  scope: vault
  name: guid(vault.id, web.id, secretsUserRole)
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', secretsUserRole)
    principalId: web.identity.principalId
    principalType: 'ServicePrincipal'
  }
}

resource postgres 'Microsoft.DBforPostgreSQL/flexibleServers@2024-08-01' = {
  name: '${resourceBaseName}-pg'
  location: location
  sku: {
    name: postgresSkuName
    tier: postgresSkuTier
  }
  properties: {
    version: '16'
    administratorLogin: postgresAdminLogin
    administratorLoginPassword: postgresAdminPassword
    storage: {
      storageSizeGB: 32
    }
    backup: {
      backupRetentionDays: postgresBackupRetentionDays
      geoRedundantBackup: 'Disabled'
    }
    highAvailability: {
      mode: 'Disabled'
    }
  }
}

resource database 'Microsoft.DBforPostgreSQL/flexibleServers/databases@2024-08-01' = {
  parent: postgres
  name: databaseName
  properties: {
    charset: 'UTF8'
    collation: 'en_US.utf8'
  }
}

// 0.0.0.0 to 0.0.0.0 is Azure's "allow Azure services": the web app has no fixed outbound address on its own.
// Connections still need the password and TLS; a virtual network is the stricter option (operations guide).
resource postgresFromAzure 'Microsoft.DBforPostgreSQL/flexibleServers/firewallRules@2024-08-01' = {
  parent: postgres
  name: 'AllowAzureServices'
  properties: {
    startIpAddress: '0.0.0.0'
    endIpAddress: '0.0.0.0'
  }
}

resource bot 'Microsoft.BotService/botServices@2022-09-15' = {
  name: resourceBaseName
  location: 'global'
  kind: 'azurebot'
  sku: {
    name: 'F0'
  }
  properties: {
    displayName: botDisplayName
    endpoint: 'https://${web.properties.defaultHostName}/api/messages'
    msaAppId: botId
    msaAppType: 'SingleTenant'
    msaAppTenantId: botTenantId
  }
}

resource teamsChannel 'Microsoft.BotService/botServices/channels@2022-09-15' = {
  parent: bot
  name: 'MsTeamsChannel'
  location: 'global'
  properties: {
    channelName: 'MsTeamsChannel'
  }
}

resource logs 'Microsoft.OperationalInsights/workspaces@2022-10-01' = if (enableApplicationInsights) {
  name: '${resourceBaseName}-logs'
  location: location
  properties: {
    sku: {
      name: 'PerGB2018'
    }
    retentionInDays: 30
  }
}

resource insights 'Microsoft.Insights/components@2020-02-02' = if (enableApplicationInsights) {
  name: resourceBaseName
  location: location
  kind: 'web'
  properties: {
    Application_Type: 'Node.JS'
    WorkspaceResourceId: logs.id
  }
}

// Written to env/.env.<name> by the toolkit: the manifest and the Entra app need the domain, deploy the id.
output BOT_DOMAIN string = web.properties.defaultHostName
output BOT_AZURE_APP_SERVICE_RESOURCE_ID string = web.id
