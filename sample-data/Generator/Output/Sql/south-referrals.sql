SELECT r.order_no AS referral_id,
       r.mrn AS patient_id,
       r.site_code AS clinic_id,
       r.ordered_on AS referral_date,
       CASE r.specialty_cd WHEN 'BH' THEN 'behavioral_health' WHEN 'PSYCH' THEN 'psychiatry' WHEN 'SUD' THEN 'substance_use'
            WHEN 'SOCWK' THEN 'social_services' WHEN 'OTH' THEN 'other' ELSE r.specialty_cd END AS service,
       CASE r.warm_handoff_yn WHEN 1 THEN 'true' WHEN 0 THEN 'false' END AS warm_handoff,
       strftime('%Y-%m-%dT%H:%M:%S', r.modified_at) AS updated_at
FROM referral_order AS r
WHERE r.modified_at > replace(@watermark, 'T', ' ')
ORDER BY r.order_key
