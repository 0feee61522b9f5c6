plansiteSearchLoaded("w/u0/kh",{
"khan":[0,-4,1,-5],
"kho":[0,-4,1,-5]
});
