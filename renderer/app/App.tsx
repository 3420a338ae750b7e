import { useTranslation } from 'react-i18next';
import { exhaustiveSwitchError } from '../../shared/util/exhaustive';
import { ActionPlanScreen } from '../action-plan/ActionPlanScreen';
import { getConnection } from '../api/client';
import { ComparisonScreen } from '../comparison/ComparisonScreen';
import { MapScreen } from '../map/MapScreen';
import { BackupsButton } from '../recovery/BackupsButton';
import { RecoveryGate } from '../recovery/RecoveryGate';
import { useRecovery } from '../recovery/recovery-context';
import { runInFocusedField } from '../desktop/field-commands';
import { useDesktopFallback } from '../desktop/use-desktop-commands';
import { ReportScreen } from '../report/ReportScreen';
import { ProjectorScreen } from '../projector/ProjectorScreen';
import { AppSettings } from '../settings/AppSettings';
import { SettingsButton } from '../settings/SettingsButton';
import { openSettings } from '../settings/settings-dialog-state';
import { WorkshopListScreen } from '../workshops/WorkshopListScreen';
import { useRoute } from '../routes/use-route';

export function App() {
  const connection = getConnection();
  const { t } = useTranslation('app');
  if (!connection.api) {
    return (
      <main className="screen-message" role="alert">
        <h1>{t('appName')}</h1>
        <p>{connection.problem}</p>
      </main>
    );
  }
  return (
    <RecoveryGate>
      <Screens />
      <AppSettings />
    </RecoveryGate>
  );
}

function Screens() {
  const [route, navigate] = useRoute();
  const { openBackups } = useRecovery();
  // What the desktop menu asks that no part of the screen took: go to a workshop, start a new one, see the backups.
  useDesktopFallback((command) => {
    switch (command.type) {
      case 'open-map':
        navigate({ screen: 'map', workshopId: command.workshopId, mapId: command.mapId });
        return 'done';
      case 'new-workshop':
        if (route.screen === 'workshops') return 'done';
        navigate({ screen: 'workshops' });
        return 'later';
      case 'backups':
        openBackups();
        return 'done';
      case 'settings':
        openSettings();
        return 'done';
      case 'run-action':
        runInFocusedField(command.actionId);
        return 'done';
      case 'export':
      case 'projector':
        return 'done';
      default:
        return exhaustiveSwitchError(command, 'desktop command');
    }
  });
  switch (route.screen) {
    case 'workshops':
      return (
        <WorkshopListScreen
          headerActions={
            <>
              <SettingsButton />
              <BackupsButton />
            </>
          }
          onOpenMap={(workshopId, mapId) => navigate({ screen: 'map', workshopId, mapId })}
        />
      );
    case 'map':
      return (
        <MapScreen
          key={route.mapId}
          workshopId={route.workshopId}
          mapId={route.mapId}
          onBack={() => navigate({ screen: 'workshops' })}
          onOpenMap={(mapId) => navigate({ screen: 'map', workshopId: route.workshopId, mapId })}
        />
      );
    case 'projector':
      return <ProjectorScreen workshopId={route.workshopId} />;
    case 'compare':
      return (
        <ComparisonScreen
          workshopId={route.workshopId}
          currentId={route.currentId}
          futureId={route.futureId}
          onCompare={(currentId, futureId) => navigate({ screen: 'compare', workshopId: route.workshopId, currentId, futureId })}
          onOpenMap={(mapId) => navigate({ screen: 'map', workshopId: route.workshopId, mapId })}
        />
      );
    case 'actions':
      return (
        <ActionPlanScreen
          workshopId={route.workshopId}
          fromMapId={route.mapId}
          onOpenMap={(mapId) => navigate({ screen: 'map', workshopId: route.workshopId, mapId })}
        />
      );
    case 'report':
      return <ReportScreen workshopId={route.workshopId} paper={route.paper} onBack={() => window.history.back()} />;
    default:
      return exhaustiveSwitchError(route, 'route');
  }
}
