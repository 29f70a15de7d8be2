import { Divider } from 'antd';
import { ProposalSection } from './ProposalSection';
import { WaitlistSection } from './WaitlistSection';
import './allocation.css';

/** The allocation tab: proposals for exhibitors without space, and the waitlist. */
export function AllocationPanel() {
  return (
    <div className="allocation-panel">
      <ProposalSection />
      <Divider />
      <WaitlistSection />
    </div>
  );
}
