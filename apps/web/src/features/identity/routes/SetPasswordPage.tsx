import { useSearchParams } from 'react-router';
import { SetPasswordFlow } from '../components/SetPasswordFlow';

/** `/set-password?token=…`: the link of an approval or an invitation e-mail. */
export function SetPasswordPage() {
  const [params] = useSearchParams();
  return <SetPasswordFlow token={params.get('token') ?? ''} />;
}
